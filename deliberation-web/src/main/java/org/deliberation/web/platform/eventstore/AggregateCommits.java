package org.deliberation.web.platform.eventstore;

import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventData;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/** Reads one aggregate's events from its commits, by exact keys only. */
final class AggregateCommits {

  private static final int FIRST_WINDOW = 8;

  /**
   * Follows an aggregate's commits from {@code firstSequenceNumber}. Each commit's key names the sequence number it
   * starts at, so one {@code $in} over the next possible keys finds every commit of a window in a single round trip;
   * the chain ends at the first key that is missing inside the window. Windows start small and double while they
   * fill, because every key looked up costs an index probe even when it is absent, and most reads are short: a
   * new aggregate, or the tail of a stream already read.
   */
  static List<DomainEventData<?>> read(
      MongoCollection<Document> commits,
      String aggregateIdentifier,
      long firstSequenceNumber,
      int batchSize) {
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
      if (next == firstSequenceNumber && !byFirstSequence.containsKey(next) && next > 0) {
        var containing = commitContaining(commits, aggregateIdentifier, next);
        if (containing != null) {
          byFirstSequence.put(next, containing);
        }
      }
      var commit = byFirstSequence.get(next);
      if (commit == null) {
        break;
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
        break; // the chain ended inside the window: this is the aggregate's last commit
      }
    }
    return result;
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
