package org.deliberation.web.platform.eventstore;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.jspecify.annotations.Nullable;

/** Configures a {@link CommitLogEventStorageEngine}; the database and the clock are required. */
public final class CommitLogEngineBuilder extends BatchingEventStorageEngine.Builder {

  @Nullable MongoDatabase database;
  WriteBarrier barrier = WriteBarrier.NONE;
  Duration gapTimeout = Duration.ofSeconds(60);
  int maxGapOffset = 10_000;
  boolean onlyWriter;
  @Nullable Clock clock;

  public CommitLogEngineBuilder database(MongoDatabase database) {
    this.database = database;
    return this;
  }

  public CommitLogEngineBuilder barrier(WriteBarrier barrier) {
    this.barrier = barrier;
    return this;
  }

  /** How long an index may stay unwritten before readers stop waiting for it. */
  public CommitLogEngineBuilder gapTimeout(Duration gapTimeout) {
    this.gapTimeout = gapTimeout;
    return this;
  }

  public CommitLogEngineBuilder maxGapOffset(int maxGapOffset) {
    this.maxGapOffset = maxGapOffset;
    return this;
  }

  /**
   * Whether this engine is the only writer of its store (the embedded store in this process): its global indexes are
   * then reserved a block at a time, not one round trip per commit. Never for a store other processes write to.
   */
  public CommitLogEngineBuilder onlyWriter(boolean onlyWriter) {
    this.onlyWriter = onlyWriter;
    return this;
  }

  public CommitLogEngineBuilder clock(Clock clock) {
    this.clock = clock;
    return this;
  }

  @Override
  public CommitLogEngineBuilder eventSerializer(Serializer eventSerializer) {
    super.eventSerializer(eventSerializer);
    return this;
  }

  @Override
  public CommitLogEngineBuilder snapshotSerializer(Serializer snapshotSerializer) {
    super.snapshotSerializer(snapshotSerializer);
    return this;
  }

  @Override
  public CommitLogEngineBuilder upcasterChain(
      org.axonframework.serialization.upcasting.event.EventUpcaster upcasterChain) {
    super.upcasterChain(upcasterChain);
    return this;
  }

  @Override
  public CommitLogEngineBuilder batchSize(int batchSize) {
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
