package org.deliberation.web.platform.eventstore;

import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/** Reads the events after a tracking token, in global order, keeping its gaps (see {@link GapTokens}). */
final class TrackingReads {

  private final MongoCollection<Document> commits;
  private final GlobalIndexCounter counter;
  private final Duration gapTimeout;
  private final int maxGapOffset;
  private final Clock clock;

  TrackingReads(
      MongoCollection<Document> commits,
      GlobalIndexCounter counter,
      Duration gapTimeout,
      int maxGapOffset,
      Clock clock) {
    this.commits = commits;
    this.counter = counter;
    this.gapTimeout = gapTimeout;
    this.maxGapOffset = maxGapOffset;
    this.clock = clock;
  }

  /**
   * Streams the events after {@code trackingToken} in batches. Only the first batch looks back for a commit the token
   * is inside of (a processor resuming from a token it stored mid-commit); later batches start after whole commits.
   */
  Stream<TrackedEventData<?>> stream(@Nullable TrackingToken trackingToken, int batchSize) {
    var spliterator =
        new Spliterators.AbstractSpliterator<TrackedEventData<?>>(
            Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
          private @Nullable TrackingToken last = trackingToken;
          private boolean first = true;
          private Iterator<TrackedEventData<?>> batch = Collections.emptyIterator();

          @Override
          public boolean tryAdvance(Consumer<? super TrackedEventData<?>> action) {
            if (!batch.hasNext()) {
              var next = read(last, batchSize, first);
              first = false;
              if (next.isEmpty()) {
                return false;
              }
              batch = next.iterator();
            }
            var event = batch.next();
            last = event.trackingToken();
            action.accept(event);
            return true;
          }
        };
    return StreamSupport.stream(spliterator, false);
  }

  /**
   * Reads the commits after {@code lastToken}, and any that filled its gaps, in global order.
   *
   * <p>One {@code $in} query covers three sets of indexes: the token's gaps (commits that were still in flight), the
   * next {@code batchSize} indexes below the counter, and, when {@code lookBack}, the indexes just before the token's
   * position, because a processor may have stopped in the middle of a commit. Stale gaps are dropped when the commit right after them is
   * older than the gap timeout: by then the writer that took the index has either written it or given up.
   */
  List<TrackedEventData<?>> read(
      @Nullable TrackingToken lastToken, int batchSize, boolean lookBack) {
    var token =
        lastToken == null
            ? GapAwareTrackingToken.newInstance(-1, Set.of())
            : (GapAwareTrackingToken) lastToken;
    long head = counter.head();
    if (head <= token.getIndex() + 1 && token.getGaps().isEmpty()) {
      return List.of();
    }
    var wanted = new LinkedHashSet<Long>(token.getGaps());
    if (lookBack) {
      for (long i =
              Math.max(0, token.getIndex() - CommitLogEventStorageEngine.MAX_EVENTS_PER_COMMIT + 1);
          i <= token.getIndex();
          i++) {
        wanted.add(i);
      }
    }
    long windowEnd = Math.min(head, token.getIndex() + 1 + batchSize);
    for (long i = token.getIndex() + 1; i < windowEnd; i++) {
      wanted.add(i);
    }
    var gapRanges = GapTokens.gapRangeEnds(token.getGaps());
    wanted.addAll(gapRanges);
    var found = commits.find(in("globalIndex", wanted)).into(new ArrayList<>());
    // A window with no event after the token (only tombstones of refused commits, wider than a
    // batch, or indexes
    // still in flight) gives no event to advance the token to: every reader would stop there for
    // good. Read the next
    // window instead; the first event found advances the token past them all, the unwritten indexes
    // as gaps.
    while (windowEnd < head && GapTokens.noEventAfter(found, token.getIndex())) {
      var next = new ArrayList<Long>();
      for (long i = windowEnd; i < Math.min(head, windowEnd + batchSize); i++) {
        next.add(i);
      }
      windowEnd = Math.min(head, windowEnd + batchSize);
      found.addAll(commits.find(in("globalIndex", next)).into(new ArrayList<>()));
    }
    found.sort(Comparator.comparingLong(commit -> CommitDocuments.globalIndex(commit)));

    token = GapTokens.withoutStaleGaps(token, found, gapRanges, clock.instant().minus(gapTimeout));
    var result = new ArrayList<TrackedEventData<?>>();
    var voided = new TreeSet<Long>();
    for (var commit : found) {
      long start = CommitDocuments.globalIndex(commit);
      var events = CommitDocuments.events(commit);
      if (events.isEmpty()) {
        int count = ((Number) commit.get("count")).intValue();
        for (long i = start; i < start + count; i++) {
          voided.add(i);
        }
        continue;
      }
      for (int k = 0; k < events.size(); k++) {
        long index = start + k;
        if (index > token.getIndex() || token.getGaps().contains(index)) {
          token = GapTokens.withoutVoided(token.advanceTo(index, maxGapOffset), voided);
          result.add(
              new TrackedDomainEventData<>(token, CommitDocuments.domainEntry(events.get(k))));
        }
      }
    }
    return result;
  }
}
