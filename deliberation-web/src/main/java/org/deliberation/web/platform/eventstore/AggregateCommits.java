package org.deliberation.web.platform.eventstore;

import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.axonframework.eventhandling.DomainEventData;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/** Reads one aggregate's events from its commits, by exact keys only. */
final class AggregateCommits {

  private static final int FIRST_WINDOW = 8;

  /**
   * What one read found: the events, oldest first, and whether the aggregate's stream ends with them (its chain of
   * commits ended inside a window), so that no further read is needed to know there is nothing after them.
   */
  record Read(List<DomainEventData<?>> events, boolean last) {}

  /**
   * Follows an aggregate's commits from {@code firstSequenceNumber}. Each commit's key names the sequence number it
   * starts at, so one {@code $in} over the next possible keys finds every commit of a window in a single round trip;
   * the chain ends at the first key that is missing inside the window. Windows start small and double while they
   * fill, because every key looked up costs an index probe even when it is absent, and most reads are short: a
   * new aggregate, or the tail of a stream already read.
   *
   * <p>With {@code lookBack}, a sequence number that no commit starts at is looked for inside the commits just before
   * it (a snapshot may end inside a commit): one more query, of up to {@link
   * CommitLogEventStorageEngine#MAX_EVENTS_PER_COMMIT} keys, whenever nothing starts there, which is also the case of
   * every read from the end of a stream. A caller that knows its sequence number starts a commit or is past the end
   * (it continues where a read of whole commits stopped) passes {@code false}.
   */
  static Read read(
      MongoCollection<Document> commits,
      String aggregateIdentifier,
      long firstSequenceNumber,
      int batchSize,
      boolean lookBack) {
    var result = new ArrayList<DomainEventData<?>>();
    long next = firstSequenceNumber;
    int window = Math.min(FIRST_WINDOW, batchSize);
    while (result.size() < batchSize) {
      long windowEnd = next + window;
      window = Math.min(window * 2, batchSize);
      var keys = new ArrayList<String>(window);
      for (long seq = next; seq < windowEnd; seq++) {
        keys.add(CommitDocuments.commitKey(aggregateIdentifier, seq));
      }
      Map<Long, Document> byFirstSequence = new HashMap<>();
      for (var commit : commits.find(in("_id", keys))) {
        var key = commit.getString("_id");
        byFirstSequence.put(CommitDocuments.firstSequence(key), commit);
      }
      if (lookBack
          && next == firstSequenceNumber
          && !byFirstSequence.containsKey(next)
          && next > 0) {
        var containing = commitContaining(commits, aggregateIdentifier, next);
        if (containing != null) {
          byFirstSequence.put(next, containing);
        }
      }
      var commit = byFirstSequence.get(next);
      if (commit == null) {
        return new Read(result, true);
      }
      while (commit != null) {
        long start = next;
        for (var event : CommitDocuments.events(commit)) {
          long seq = CommitDocuments.sequence(event);
          if (aggregateIdentifier.equals(event.getString("aggregateId")) && seq >= start) {
            if (seq >= firstSequenceNumber) {
              result.add(CommitDocuments.domainEntry(event));
            }
            next = Math.max(next, seq + 1);
          }
        }
        commit = next > start ? byFirstSequence.get(next) : null;
      }
      if (next < windowEnd) {
        return new Read(result, true); // the chain ended inside the window: the last commit
      }
    }
    return new Read(result, false);
  }

  /**
   * The aggregate's events from {@code firstSequenceNumber}, read as they are consumed, {@code batchSize} at most per
   * read, until a read says the chain of commits has ended. Only the first read may look back (see {@link #read});
   * the next ones start where a whole commit ended.
   */
  static Stream<DomainEventData<?>> stream(
      MongoCollection<Document> commits,
      String aggregateIdentifier,
      long firstSequenceNumber,
      int batchSize,
      boolean lookBack) {
    var spliterator =
        new Spliterators.AbstractSpliterator<DomainEventData<?>>(
            Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
          private long next = firstSequenceNumber;
          private boolean mayLookBack = lookBack;
          private boolean ended;
          private Iterator<DomainEventData<?>> batch = Collections.emptyIterator();

          @Override
          public boolean tryAdvance(Consumer<? super DomainEventData<?>> action) {
            if (!batch.hasNext()) {
              if (ended) {
                return false;
              }
              var read = read(commits, aggregateIdentifier, next, batchSize, mayLookBack);
              mayLookBack = false;
              ended = read.last() || read.events().isEmpty();
              if (read.events().isEmpty()) {
                return false;
              }
              next = read.events().getLast().getSequenceNumber() + 1;
              batch = read.events().iterator();
            }
            action.accept(batch.next());
            return true;
          }
        };
    return StreamSupport.stream(spliterator, false);
  }

  // A snapshot may end inside a commit; its commit starts at most
  // CommitLogEventStorageEngine.MAX_EVENTS_PER_COMMIT - 1 events earlier.
  private static @Nullable Document commitContaining(
      MongoCollection<Document> commits, String aggregateIdentifier, long sequenceNumber) {
    var keys = new ArrayList<String>();
    for (long seq = sequenceNumber - 1;
        seq >= Math.max(0, sequenceNumber - CommitLogEventStorageEngine.MAX_EVENTS_PER_COMMIT + 1);
        seq--) {
      keys.add(CommitDocuments.commitKey(aggregateIdentifier, seq));
    }
    return commits.find(in("_id", keys)).into(new ArrayList<>()).stream()
        .filter(
            commit ->
                CommitDocuments.events(commit).stream()
                    .anyMatch(event -> CommitDocuments.sequence(event) >= sequenceNumber))
        .findFirst()
        .orElse(null);
  }

  private AggregateCommits() {}
}
