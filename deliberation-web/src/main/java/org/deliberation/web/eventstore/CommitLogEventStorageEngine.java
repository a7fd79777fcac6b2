package org.deliberation.web.eventstore;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * An Axon storage engine that keeps events in MongoDB as one document per commit, numbered by a global sequence, and
 * serves tracking processors with {@link GapAwareTrackingToken}s, as Axon's JDBC engine does.
 *
 * <p>Why not the Axon Mongo extension's store: its tokens track timestamps with a fixed look-back, so an event whose
 * commit becomes visible later than that is never delivered, and its one-document-per-event writes can store part of
 * a command. Here:
 *
 * <ul>
 *   <li><b>Atomic commits.</b> The events one command applies to one aggregate are one document; MongoDB writes a
 *       document entirely or not at all.
 *   <li><b>Optimistic concurrency.</b> The document's {@code _id} is the aggregate id and the commit's first sequence
 *       number; two writers starting from the same version collide on it and the second gets a
 *       {@link ConcurrencyException}.
 *   <li><b>Global order without misses.</b> Before inserting, a writer takes a range of global indexes from a counter
 *       document ({@code $inc}). Commits may become visible out of order; a reader that sees an index below the
 *       counter with no commit yet records it as a gap in its token and looks for it again on every fetch, until it
 *       appears or the gap is older than {@code gapTimeout}. A writer whose insert is refused fills its range with an
 *       empty tombstone, so refused commits leave no gap behind.
 *   <li><b>Exact look-ups only.</b> Every read is an equality or {@code $in} on a unique key ({@code _id} or
 *       {@code globalIndex}), because the embedded store ignores compound and non-unique indexes: reads cost the same at
 *       ten thousand events as at a million.
 * </ul>
 *
 * <p>Thread safe: each method works on its own documents; the counter and the unique keys serialize writers.
 */
public final class CommitLogEventStorageEngine extends BatchingEventStorageEngine {

  /** The most events one commit may hold; tracking reads look this far back for a commit they are inside. */
  public static final int MAX_EVENTS_PER_COMMIT = 256;

  static final String COUNTER_ID = "globalIndex";

  private final MongoCollection<Document> commits;
  private final MongoCollection<Document> counters;
  private final MongoCollection<Document> snapshots;
  private final WriteBarrier barrier;
  private final Duration gapTimeout;
  private final int maxGapOffset;
  private final Clock clock;
  private final @Nullable ReentrantLock allocationLock;

  private CommitLogEventStorageEngine(Builder builder) {
    super(builder);
    var durable = WriteConcern.MAJORITY.withJournal(true);
    this.commits = builder.database.getCollection("event_commits").withWriteConcern(durable);
    this.counters = builder.database.getCollection("event_counters").withWriteConcern(durable);
    this.snapshots = builder.database.getCollection("event_snapshots").withWriteConcern(durable);
    this.barrier = builder.barrier;
    this.gapTimeout = builder.gapTimeout;
    this.maxGapOffset = builder.maxGapOffset;
    this.clock = builder.clock;
    this.allocationLock = builder.inProcessStore ? new ReentrantLock() : null;
    commits.createIndex(Indexes.ascending("globalIndex"), new IndexOptions().unique(true).name("globalIndex"));
  }

  public static Builder builder() {
    return new Builder();
  }

  // ---------------------------------------------------------------- writing

  @Override
  protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
    if (events.isEmpty()) {
      return;
    }
    if (events.size() > MAX_EVENTS_PER_COMMIT) {
      throw new EventStoreException("A commit may hold at most " + MAX_EVENTS_PER_COMMIT + " events, not "
          + events.size() + "; split the work into several commands.");
    }
    List<DomainEventMessage<?>> messages = events.stream().<DomainEventMessage<?>>map(EventUtils::asDomainEventMessage)
        .toList();
    var aggregateEvents = messages.stream().filter(message -> message.getType() != null).toList();
    var aggregates = aggregateEvents.stream().map(DomainEventMessage::getAggregateIdentifier).distinct().toList();
    if (aggregates.size() > 1) {
      throw new EventStoreException("One commit may change one aggregate, not " + aggregates + ".");
    }
    var first = aggregateEvents.isEmpty() ? null : aggregateEvents.getFirst();
    String key = first == null
        ? "~" + messages.getFirst().getIdentifier()
        : commitKey(first.getAggregateIdentifier(), first.getSequenceNumber());

    long globalIndex = allocate(messages.size());
    var documents = new ArrayList<Document>(messages.size());
    for (var message : messages) {
      documents.add(eventDocument(message, serializer));
    }
    var commit = new Document("_id", key)
        .append("globalIndex", globalIndex)
        .append("count", messages.size())
        .append("committedAt", Date.from(clock.instant()))
        .append("events", documents);
    try {
      commits.insertOne(commit);
    } catch (MongoWriteException e) {
      fillWithTombstone(globalIndex, messages.size());
      if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY
          && !e.getError().getMessage().contains("globalIndex")) {
        throw first != null ? refused(first, e) : new CommitAlreadyStoredException(key, e);
      }
      throw new EventStoreException("The events could not be stored: " + e.getError().getMessage(), e);
    } catch (RuntimeException e) {
      // The insert may or may not have happened: a reader will either find the commit or time the gap out.
      throw new EventStoreException("The event store did not confirm the commit.", e);
    }
    barrier.afterWrite();
  }

  private long allocate(int count) {
    if (allocationLock == null) {
      return increment(count);
    }
    allocationLock.lock();
    try {
      return increment(count);
    } finally {
      allocationLock.unlock();
    }
  }

  private long increment(int count) {
    var counter = counters.findOneAndUpdate(eq("_id", COUNTER_ID), Updates.inc("next", (long) count),
        new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
    return ((Number) Objects.requireNonNull(counter).get("next")).longValue() - count;
  }

  private void fillWithTombstone(long globalIndex, int count) {
    try {
      commits.insertOne(new Document("_id", "~void/" + globalIndex)
          .append("globalIndex", globalIndex)
          .append("count", count)
          .append("committedAt", Date.from(clock.instant()))
          .append("events", List.of()));
    } catch (RuntimeException e) {
      // Readers will time the gap out instead.
    }
  }

  private static RuntimeException refused(DomainEventMessage<?> first, Exception cause) {
    if (first.getSequenceNumber() == 0) {
      return new AggregateStreamCreationException(
          "Aggregate " + first.getAggregateIdentifier() + " already exists.", cause);
    }
    return new ConcurrencyException("Aggregate " + first.getAggregateIdentifier() + " was changed concurrently: "
        + "its event " + first.getSequenceNumber() + " is already stored.", cause);
  }

  private Document eventDocument(DomainEventMessage<?> message, Serializer serializer) {
    var payload = message.serializePayload(serializer, String.class);
    var metaData = message.serializeMetaData(serializer, String.class);
    return new Document("eventId", message.getIdentifier())
        .append("aggregateId", message.getAggregateIdentifier())
        .append("type", message.getType())
        .append("seq", message.getSequenceNumber())
        .append("timestamp", DateTimeUtils.formatInstant(message.getTimestamp()))
        .append("payloadType", payload.getType().getName())
        .append("payloadRevision", payload.getType().getRevision())
        .append("payload", payload.getData())
        .append("metaData", metaData.getData());
  }

  private static final int SEQUENCE_DIGITS = 19;

  private static final int FIRST_WINDOW = 8;

  static String commitKey(String aggregateId, long firstSequenceNumber) {
    return aggregateId + "@" + String.format(Locale.ROOT, "%0" + SEQUENCE_DIGITS + "d", firstSequenceNumber);
  }

  @Override
  protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
    snapshots.replaceOne(eq("_id", snapshot.getAggregateIdentifier()),
        eventDocument(snapshot, serializer).append("_id", snapshot.getAggregateIdentifier()),
        new ReplaceOptions().upsert(true));
    barrier.afterWrite();
  }

  // ---------------------------------------------------------------- aggregate streams

  @Override
  protected boolean fetchForAggregateUntilEmpty() {
    return true;
  }

  /**
   * Follows an aggregate's commits from {@code firstSequenceNumber}. Each commit's key names the sequence number it
   * starts at, so one {@code $in} over the next possible keys finds every commit of a window in a single round trip;
   * the chain ends at the first key that is missing inside the window. Windows start small and double while they
   * fill, because every key looked up costs an index probe even when it is absent, and most reads are short: a
   * new aggregate, or the tail of a stream already read.
   */
  @Override
  protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier,
      long firstSequenceNumber, int batchSize) {
    var result = new ArrayList<DomainEventData<?>>();
    long next = firstSequenceNumber;
    int window = Math.min(FIRST_WINDOW, batchSize);
    while (result.size() < batchSize) {
      long windowEnd = next + window;
      window = Math.min(window * 2, batchSize);
      var keys = new ArrayList<String>(window);
      for (long seq = next; seq < windowEnd; seq++) {
        keys.add(commitKey(aggregateIdentifier, seq));
      }
      Map<Long, Document> byFirstSequence = new HashMap<>();
      for (var commit : commits.find(in("_id", keys))) {
        var key = commit.getString("_id");
        byFirstSequence.put(Long.parseLong(key.substring(key.length() - SEQUENCE_DIGITS)), commit);
      }
      if (next == firstSequenceNumber && !byFirstSequence.containsKey(next) && next > 0) {
        var containing = commitContaining(aggregateIdentifier, next);
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
        for (var event : events(commit)) {
          long seq = ((Number) event.get("seq")).longValue();
          if (aggregateIdentifier.equals(event.getString("aggregateId")) && seq >= start) {
            if (seq >= firstSequenceNumber) {
              result.add(domainEntry(event));
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

  // A snapshot may end inside a commit; its commit starts at most MAX_EVENTS_PER_COMMIT - 1 events earlier.
  private @Nullable Document commitContaining(String aggregateIdentifier, long sequenceNumber) {
    var keys = new ArrayList<String>();
    for (long seq = sequenceNumber - 1; seq >= Math.max(0, sequenceNumber - MAX_EVENTS_PER_COMMIT + 1); seq--) {
      keys.add(commitKey(aggregateIdentifier, seq));
    }
    return commits.find(in("_id", keys)).into(new ArrayList<>()).stream()
        .filter(commit -> events(commit).stream()
            .anyMatch(event -> ((Number) event.get("seq")).longValue() >= sequenceNumber))
        .findFirst().orElse(null);
  }

  @Override
  protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
    var snapshot = snapshots.find(eq("_id", aggregateIdentifier)).first();
    return snapshot == null ? Stream.empty() : Stream.of(domainEntry(snapshot));
  }

  // ---------------------------------------------------------------- tracking

  /**
   * Streams the events after {@code trackingToken} in batches. Only the first batch looks back for a commit the token
   * is inside of (a processor resuming from a token it stored mid-commit); later batches start after whole commits.
   */
  @Override
  protected Stream<? extends TrackedEventData<?>> readEventData(@Nullable TrackingToken trackingToken,
      boolean mayBlock) {
    var spliterator = new Spliterators.AbstractSpliterator<TrackedEventData<?>>(Long.MAX_VALUE,
        Spliterator.ORDERED | Spliterator.NONNULL) {
      private @Nullable TrackingToken last = trackingToken;
      private boolean first = true;
      private Iterator<TrackedEventData<?>> batch = Collections.emptyIterator();

      @Override
      public boolean tryAdvance(Consumer<? super TrackedEventData<?>> action) {
        if (!batch.hasNext()) {
          var next = fetchTrackedEvents(last, batchSize(), first);
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

  @Override
  protected List<? extends TrackedEventData<?>> fetchTrackedEvents(@Nullable TrackingToken lastToken, int batchSize) {
    return fetchTrackedEvents(lastToken, batchSize, true);
  }

  /**
   * Reads the commits after {@code lastToken}, and any that filled its gaps, in global order.
   *
   * <p>One {@code $in} query covers three sets of indexes: the token's gaps (commits that were still in flight), the
   * next {@code batchSize} indexes below the counter, and, when {@code lookBack}, the indexes just before the token's
   * position, because a processor may have stopped in the middle of a commit. Stale gaps are dropped when the commit right after them is
   * older than the gap timeout: by then the writer that took the index has either written it or given up.
   */
  private List<TrackedEventData<?>> fetchTrackedEvents(@Nullable TrackingToken lastToken, int batchSize,
      boolean lookBack) {
    var token = lastToken == null ? GapAwareTrackingToken.newInstance(-1, Set.of()) : (GapAwareTrackingToken) lastToken;
    long head = head();
    if (head <= token.getIndex() + 1 && token.getGaps().isEmpty()) {
      return List.of();
    }
    var wanted = new LinkedHashSet<Long>(token.getGaps());
    if (lookBack) {
      for (long i = Math.max(0, token.getIndex() - MAX_EVENTS_PER_COMMIT + 1); i <= token.getIndex(); i++) {
        wanted.add(i);
      }
    }
    long windowEnd = Math.min(head, token.getIndex() + 1 + batchSize);
    for (long i = token.getIndex() + 1; i < windowEnd; i++) {
      wanted.add(i);
    }
    var gapRanges = gapRangeEnds(token.getGaps());
    wanted.addAll(gapRanges);
    var found = commits.find(in("globalIndex", wanted)).into(new ArrayList<>());
    // A window with no event after the token (only tombstones of refused commits, wider than a batch, or indexes
    // still in flight) gives no event to advance the token to: every reader would stop there for good. Read the next
    // window instead; the first event found advances the token past them all, the unwritten indexes as gaps.
    while (windowEnd < head && noEventAfter(found, token.getIndex())) {
      var next = new ArrayList<Long>();
      for (long i = windowEnd; i < Math.min(head, windowEnd + batchSize); i++) {
        next.add(i);
      }
      windowEnd = Math.min(head, windowEnd + batchSize);
      found.addAll(commits.find(in("globalIndex", next)).into(new ArrayList<>()));
    }
    found.sort(Comparator.comparingLong(commit -> ((Number) commit.get("globalIndex")).longValue()));

    token = withoutStaleGaps(token, found, gapRanges);
    var result = new ArrayList<TrackedEventData<?>>();
    var voided = new TreeSet<Long>();
    for (var commit : found) {
      long start = ((Number) commit.get("globalIndex")).longValue();
      var events = events(commit);
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
          token = withoutVoided(token.advanceTo(index, maxGapOffset), voided);
          result.add(new TrackedDomainEventData<>(token, domainEntry(events.get(k))));
        }
      }
    }
    return result;
  }

  private static boolean noEventAfter(List<Document> found, long index) {
    return found.stream().noneMatch(commit -> ((Number) commit.get("globalIndex")).longValue() > index
        && !events(commit).isEmpty());
  }

  private GapAwareTrackingToken withoutStaleGaps(GapAwareTrackingToken token, List<Document> found,
      List<Long> gapRangeEnds) {
    if (token.getGaps().isEmpty()) {
      return token;
    }
    Map<Long, Instant> committedAt = new HashMap<>();
    for (var commit : found) {
      committedAt.put(((Number) commit.get("globalIndex")).longValue(), commit.getDate("committedAt").toInstant());
    }
    var cutoff = clock.instant().minus(gapTimeout);
    SortedSet<Long> gaps = new TreeSet<>(token.getGaps());
    for (long end : gapRangeEnds) {
      var after = committedAt.get(end);
      if (after != null && after.isBefore(cutoff)) {
        // Every gap of this range is older than the commit after it, which is older than the timeout.
        for (long gap = end - 1; gaps.remove(gap); gap--) {
          // removed
        }
      }
    }
    return gaps.size() == token.getGaps().size() ? token : GapAwareTrackingToken.newInstance(token.getIndex(), gaps);
  }

  private static GapAwareTrackingToken withoutVoided(GapAwareTrackingToken token, SortedSet<Long> voided) {
    if (voided.isEmpty() || token.getGaps().stream().noneMatch(voided::contains)) {
      return token;
    }
    var gaps = new TreeSet<>(token.getGaps());
    gaps.removeAll(voided);
    return GapAwareTrackingToken.newInstance(token.getIndex(), gaps);
  }

  /** The index just after each run of consecutive gaps: where the next stored commit began. */
  private static List<Long> gapRangeEnds(SortedSet<Long> gaps) {
    var ends = new ArrayList<Long>();
    Long previous = null;
    for (long gap : gaps) {
      if (previous != null && gap != previous + 1) {
        ends.add(previous + 1);
      }
      previous = gap;
    }
    if (previous != null) {
      ends.add(previous + 1);
    }
    return ends;
  }

  /** The next global index to be allocated. */
  private long head() {
    var counter = counters.find(eq("_id", COUNTER_ID)).first();
    return counter == null ? 0 : ((Number) counter.get("next")).longValue();
  }

  @Override
  public @Nullable TrackingToken createTailToken() {
    return null;
  }

  @Override
  public TrackingToken createHeadToken() {
    return GapAwareTrackingToken.newInstance(head() - 1, Set.of());
  }

  @Override
  public TrackingToken createTokenAt(Instant dateTime) {
    // Rare (a processor reset to a moment): a scan is acceptable here.
    var first = commits.find(com.mongodb.client.model.Filters.gte("committedAt", Date.from(dateTime)))
        .sort(Sorts.ascending("globalIndex")).limit(1).first();
    return first == null
        ? createHeadToken()
        : GapAwareTrackingToken.newInstance(((Number) first.get("globalIndex")).longValue() - 1, Set.of());
  }

  // ---------------------------------------------------------------- mapping

  @SuppressWarnings("unchecked")
  private static List<Document> events(Document commit) {
    return (List<Document>) commit.get("events", List.class);
  }

  private static DomainEventData<String> domainEntry(Document event) {
    return new GenericDomainEventEntry<>(event.getString("type"), event.getString("aggregateId"),
        ((Number) event.get("seq")).longValue(), event.getString("eventId"), event.getString("timestamp"),
        event.getString("payloadType"), event.getString("payloadRevision"), event.getString("payload"),
        event.getString("metaData"));
  }

  /** Configures the engine; the database and the clock are required. */
  public static final class Builder extends BatchingEventStorageEngine.Builder {

    private @Nullable MongoDatabase database;
    private WriteBarrier barrier = WriteBarrier.NONE;
    private Duration gapTimeout = Duration.ofSeconds(60);
    private int maxGapOffset = 10_000;
    private @Nullable Clock clock;
    private boolean inProcessStore;

    public Builder database(MongoDatabase database) {
      this.database = database;
      return this;
    }

    public Builder barrier(WriteBarrier barrier) {
      this.barrier = barrier;
      return this;
    }

    /** How long an index may stay unwritten before readers stop waiting for it. */
    public Builder gapTimeout(Duration gapTimeout) {
      this.gapTimeout = gapTimeout;
      return this;
    }

    public Builder maxGapOffset(int maxGapOffset) {
      this.maxGapOffset = maxGapOffset;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * Says the store is the embedded one, which only this process writes to. Its {@code findAndModify} increments
     * atomically but may answer with a document that a concurrent increment is already changing, so two writers can
     * be handed the same index (seen: 96 duplicates in 4,800 increments from 16 threads). Allocations are then
     * serialized in this process; a real MongoDB answers each {@code $inc} with its own result and needs no lock.
     */
    public Builder inProcessStore(boolean inProcessStore) {
      this.inProcessStore = inProcessStore;
      return this;
    }

    @Override
    public Builder eventSerializer(Serializer eventSerializer) {
      super.eventSerializer(eventSerializer);
      return this;
    }

    @Override
    public Builder snapshotSerializer(Serializer snapshotSerializer) {
      super.snapshotSerializer(snapshotSerializer);
      return this;
    }

    @Override
    public Builder upcasterChain(org.axonframework.serialization.upcasting.event.EventUpcaster upcasterChain) {
      super.upcasterChain(upcasterChain);
      return this;
    }

    @Override
    public Builder batchSize(int batchSize) {
      super.batchSize(batchSize);
      return this;
    }

    public CommitLogEventStorageEngine build() {
      validate();
      Objects.requireNonNull(database, "the event store needs a MongoDB database");
      Objects.requireNonNull(clock, "the event store needs a clock");
      return new CommitLogEventStorageEngine(this);
    }
  }
}
