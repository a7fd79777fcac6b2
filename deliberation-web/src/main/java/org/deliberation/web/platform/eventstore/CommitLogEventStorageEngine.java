package org.deliberation.web.platform.eventstore;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
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

  private final MongoCollection<Document> commits;
  private final GlobalIndexCounter counter;
  private final MongoCollection<Document> snapshots;
  private final WriteBarrier barrier;
  private final TrackingReads tracking;
  private final Clock clock;

  CommitLogEventStorageEngine(CommitLogEngineBuilder builder) {
    super(builder);
    var durable = WriteConcern.MAJORITY.withJournal(true);
    this.commits = builder.database.getCollection("event_commits").withWriteConcern(durable);
    // The counter's increment is not journaled on its own: only the commit that uses the range is
    // acknowledged, journaled after the increment, so whatever survives with that commit keeps the
    // increment before it; a lost increment with no commit after it is referred to by nothing. On
    // the embedded store it saves a force of the file per commit.
    var counters =
        builder
            .database
            .getCollection("event_counters")
            .withWriteConcern(WriteConcern.MAJORITY.withJournal(false));
    this.counter =
        builder.onlyWriter
            ? GlobalIndexCounter.onlyWriter(counters, commits)
            : GlobalIndexCounter.shared(counters);
    this.snapshots = builder.database.getCollection("event_snapshots").withWriteConcern(durable);
    this.barrier = builder.barrier;
    this.clock = builder.clock;
    this.tracking =
        new TrackingReads(commits, counter, builder.gapTimeout, builder.maxGapOffset, clock);
    commits.createIndex(
        Indexes.ascending("globalIndex"), new IndexOptions().unique(true).name("globalIndex"));
  }

  public static CommitLogEngineBuilder builder() {
    return new CommitLogEngineBuilder();
  }

  // ---------------------------------------------------------------- writing

  @Override
  protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
    if (events.isEmpty()) {
      return;
    }
    if (events.size() > MAX_EVENTS_PER_COMMIT) {
      throw new EventStoreException(
          "A commit may hold at most "
              + MAX_EVENTS_PER_COMMIT
              + " events, not "
              + events.size()
              + "; split the work into several commands.");
    }
    List<DomainEventMessage<?>> messages =
        events.stream().<DomainEventMessage<?>>map(EventUtils::asDomainEventMessage).toList();
    var aggregateEvents = messages.stream().filter(message -> message.getType() != null).toList();
    var aggregates =
        aggregateEvents.stream()
            .map(DomainEventMessage::getAggregateIdentifier)
            .distinct()
            .toList();
    if (aggregates.size() > 1) {
      throw new EventStoreException("One commit may change one aggregate, not " + aggregates + ".");
    }
    var first = aggregateEvents.isEmpty() ? null : aggregateEvents.getFirst();
    String key =
        first == null
            ? "~" + messages.getFirst().getIdentifier()
            : CommitDocuments.commitKey(first.getAggregateIdentifier(), first.getSequenceNumber());

    long globalIndex = counter.allocate(messages.size());
    var documents = new ArrayList<Document>(messages.size());
    for (var message : messages) {
      documents.add(CommitDocuments.eventDocument(message, serializer));
    }
    var commit =
        new Document("_id", key)
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
      throw new EventStoreException(
          "The events could not be stored: " + e.getError().getMessage(), e);
    } catch (RuntimeException e) {
      // The insert may or may not have happened: a reader will either find the commit or time the
      // gap out.
      throw new EventStoreException("The event store did not confirm the commit.", e);
    }
    barrier.afterWrite();
  }

  private void fillWithTombstone(long globalIndex, int count) {
    try {
      commits.insertOne(
          new Document("_id", "~void/" + globalIndex)
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
    return new ConcurrencyException(
        "Aggregate "
            + first.getAggregateIdentifier()
            + " was changed concurrently: "
            + "its event "
            + first.getSequenceNumber()
            + " is already stored.",
        cause);
  }

  @Override
  protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
    snapshots.replaceOne(
        eq("_id", snapshot.getAggregateIdentifier()),
        CommitDocuments.eventDocument(snapshot, serializer)
            .append("_id", snapshot.getAggregateIdentifier()),
        new ReplaceOptions().upsert(true));
    barrier.afterWrite();
  }

  // ---------------------------------------------------------------- aggregate streams

  @Override
  protected boolean fetchForAggregateUntilEmpty() {
    return true;
  }

  /** Reads a window of the aggregate's commits per round trip (see {@link AggregateCommits}). */
  @Override
  protected List<? extends DomainEventData<?>> fetchDomainEvents(
      String aggregateIdentifier, long firstSequenceNumber, int batchSize) {
    return AggregateCommits.read(commits, aggregateIdentifier, firstSequenceNumber, batchSize, true)
        .events();
  }

  /**
   * An aggregate's events, read until a read says its chain of commits has ended, not until one comes back empty as
   * Axon's batching does: that last read would cost a query, and another one looking back for a commit it is inside
   * (see {@link AggregateCommits#stream}).
   */
  @Override
  protected Stream<? extends DomainEventData<?>> readEventData(
      String aggregateIdentifier, long firstSequenceNumber) {
    return commitsFrom(aggregateIdentifier, firstSequenceNumber, true);
  }

  /**
   * The aggregate's events from {@code firstSequenceNumber}, which must start a commit or lie past the stream's end,
   * as the length of a stream already read does: a reader following a stream reads its tail in one query, without
   * looking for a commit its position would be inside.
   */
  public DomainEventStream readEventsFromCommit(
      String aggregateIdentifier, long firstSequenceNumber) {
    return EventStreamUtils.upcastAndDeserializeDomainEvents(
        commitsFrom(aggregateIdentifier, firstSequenceNumber, false),
        getEventSerializer(),
        upcasterChain);
  }

  private Stream<DomainEventData<?>> commitsFrom(
      String aggregateIdentifier, long firstSequenceNumber, boolean lookBack) {
    return AggregateCommits.stream(
        commits, aggregateIdentifier, firstSequenceNumber, batchSize(), lookBack);
  }

  @Override
  protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
    var snapshot = snapshots.find(eq("_id", aggregateIdentifier)).first();
    return snapshot == null ? Stream.empty() : Stream.of(CommitDocuments.domainEntry(snapshot));
  }

  // ---------------------------------------------------------------- tracking

  /**
   * Streams the events after {@code trackingToken} in batches. Only the first batch looks back for a commit the token
   * is inside of (a processor resuming from a token it stored mid-commit); later batches start after whole commits.
   */
  @Override
  protected Stream<? extends TrackedEventData<?>> readEventData(
      @Nullable TrackingToken trackingToken, boolean mayBlock) {
    return tracking.stream(trackingToken, batchSize());
  }

  @Override
  protected List<? extends TrackedEventData<?>> fetchTrackedEvents(
      @Nullable TrackingToken lastToken, int batchSize) {
    return tracking.read(lastToken, batchSize, true);
  }

  @Override
  public @Nullable TrackingToken createTailToken() {
    return null;
  }

  @Override
  public TrackingToken createHeadToken() {
    return GapAwareTrackingToken.newInstance(counter.head() - 1, Set.of());
  }

  @Override
  public TrackingToken createTokenAt(Instant dateTime) {
    // Rare (a processor reset to a moment): a scan is acceptable here.
    var first =
        commits
            .find(com.mongodb.client.model.Filters.gte("committedAt", Date.from(dateTime)))
            .sort(Sorts.ascending("globalIndex"))
            .limit(1)
            .first();
    return first == null
        ? createHeadToken()
        : GapAwareTrackingToken.newInstance(
            ((Number) first.get("globalIndex")).longValue() - 1, Set.of());
  }
}
