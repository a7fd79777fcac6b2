package org.deliberation.web.platform.eventstore;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Projections.include;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.util.Objects;
import java.util.stream.LongStream;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * Hands out ranges of global indexes from one counter document ({@code $inc}), and says where the head is.
 *
 * <p>Where several processes write to the store, every range is an increment of the stored counter. Where this
 * process is its only writer (the embedded store in the node's own process), the stored counter is moved a
 * {@link #BLOCK} at a time and the ranges are handed out from memory: one round trip per block instead of one per
 * commit. The stored counter is moved before any index of its block is handed out, so a commit forced to disk with
 * its indexes keeps the move with it (the store forces its writes in order). At the first use after a start, the
 * head is where the last stored commit ends, found among the indexes the stored counter may have reserved past it,
 * so that a block a crash left unused is handed out again only above every commit that survived.
 */
final class GlobalIndexCounter {

  static final String COUNTER_ID = "globalIndex";

  /** How many indexes an only writer reserves at a time: a commit's most, so that one reservation covers any. */
  static final int BLOCK = CommitLogEventStorageEngine.MAX_EVENTS_PER_COMMIT;

  private final MongoCollection<Document> counters;
  // The commits, when this process is the store's only writer; null when it shares it.
  private final @Nullable MongoCollection<Document> commits;
  // Only writer: the next index to hand out (-1 until found at first use), and the stored counter.
  private long next = -1;
  private long reserved;

  /**
   * No lock of this process's own around a shared increment: the embedded store applies its writes one at a time
   * and copies a {@code findAndModify}'s answer before the next one (the store's {@code SerializedWrites}), as a real
   * MongoDB answers each {@code $inc} with its own result. A lock there held every append of the process in line
   * for a whole round trip, which under load capped all appends together at one per round trip.
   */
  private GlobalIndexCounter(
      MongoCollection<Document> counters, @Nullable MongoCollection<Document> commits) {
    this.counters = counters;
    this.commits = commits;
  }

  /** A counter shared with other writers of the store: every range is an increment of the stored counter. */
  static GlobalIndexCounter shared(MongoCollection<Document> counters) {
    return new GlobalIndexCounter(counters, null);
  }

  /** A counter for the store's only writer, whose commits are in {@code commits}. */
  static GlobalIndexCounter onlyWriter(
      MongoCollection<Document> counters, MongoCollection<Document> commits) {
    return new GlobalIndexCounter(counters, commits);
  }

  /** The first of {@code count} consecutive indexes no other writer gets. */
  long allocate(int count) {
    if (commits == null) {
      return increment(count);
    }
    synchronized (this) {
      found(commits);
      while (next + count > reserved) {
        long from = increment(BLOCK);
        // Moved by nothing else, the block follows the last one and this range may span both; a
        // counter found behind the commits is moved on until it covers them.
        if (from != reserved) {
          next = Math.max(next, from);
        }
        reserved = from + BLOCK;
      }
      long first = next;
      next += count;
      return first;
    }
  }

  /** The next global index to be allocated. */
  long head() {
    if (commits == null) {
      return stored();
    }
    synchronized (this) {
      found(commits);
      return next;
    }
  }

  private long increment(int count) {
    var counter =
        counters.findOneAndUpdate(
            eq("_id", COUNTER_ID),
            Updates.inc("next", (long) count),
            new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
    return ((Number) Objects.requireNonNull(counter).get("next")).longValue() - count;
  }

  private long stored() {
    var counter = counters.find(eq("_id", COUNTER_ID)).first();
    return counter == null ? 0 : ((Number) counter.get("next")).longValue();
  }

  /**
   * Where the last stored commit ends. The last reservation was made when a range would have gone past the one
   * before, so what was handed out last began within two blocks of the stored counter; a commit that began before
   * them ends before any commit within them begins. With none stored there, every index up to the counter stays
   * unused: readers time those gaps out, as they do a writer's that gave up.
   */
  private void found(MongoCollection<Document> commits) {
    if (next >= 0) {
      return;
    }
    reserved = stored();
    var window = LongStream.range(Math.max(0, reserved - 2L * BLOCK), reserved).boxed().toList();
    long end = -1;
    for (var commit :
        commits.find(in("globalIndex", window)).projection(include("globalIndex", "count"))) {
      end =
          Math.max(
              end,
              CommitDocuments.globalIndex(commit) + ((Number) commit.get("count")).longValue());
    }
    next = end < 0 ? reserved : end;
  }
}
