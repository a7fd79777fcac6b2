package org.deliberation.web.platform.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.json.JacksonSerializer;
import org.deliberation.web.platform.eventstore.CommitLogEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The embedded store can hand two concurrent {@code findAndModify} callers the same counter value; the engine must
 * still give every commit its own global index when sixteen threads append at once, whether it shares the store or is
 * its only writer (and reserves its indexes a block at a time); and an only writer started again goes on from its last
 * commit, its head there and not at the end of the block it had reserved.
 */
class EmbeddedGlobalIndexIT {

  record Appended(int writer, int number) {}

  @TempDir Path data;

  @ParameterizedTest(name = "only writer: {0}")
  @ValueSource(booleans = {false, true})
  void givesEveryConcurrentCommitItsOwnGlobalIndex(boolean onlyWriter) throws Exception {
    try (var store = new EmbeddedMongo(data);
        var client = MongoClients.create(store.connectionString())) {
      var engine = engine(client, store, onlyWriter);
      List<Callable<Void>> writers = new ArrayList<>();
      for (int w = 0; w < 16; w++) {
        int writer = w;
        writers.add(
            () -> {
              for (int i = 0; i < 100; i++) {
                engine.appendEvents(
                    new GenericDomainEventMessage<>(
                        "Test", UUID.randomUUID().toString(), 0, new Appended(writer, i)));
              }
              return null;
            });
      }
      try (var executor = Executors.newFixedThreadPool(16)) {
        for (var result : executor.invokeAll(writers)) {
          result.get();
        }
      }

      var indexes = indexes(engine);
      assertThat(indexes).hasSize(1_600).doesNotHaveDuplicates().isSorted();
      assertThat(indexes.getLast()).isEqualTo(1_599);
    }
  }

  @Test
  void anOnlyWriterStartedAgainGoesOnFromItsLastCommit() {
    try (var store = new EmbeddedMongo(data);
        var client = MongoClients.create(store.connectionString())) {
      var first = engine(client, store, true);
      for (int i = 0; i < 10; i++) {
        first.appendEvents(appended(i));
      }
      assertThat(first.createHeadToken().position()).hasValue(9);

      var again = engine(client, store, true);
      assertThat(again.createHeadToken().position()).hasValue(9); // not the block's end
      again.appendEvents(appended(10));

      assertThat(indexes(again)).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
    }
  }

  /** The global index of every stored event, in the order a tracking reader gets them. */
  private static List<Long> indexes(CommitLogEventStorageEngine engine) {
    return engine
        .readEvents(null, false)
        .map(message -> ((TrackedEventMessage<?>) message).trackingToken().position().orElseThrow())
        .toList();
  }

  private static GenericDomainEventMessage<Appended> appended(int number) {
    return new GenericDomainEventMessage<>(
        "Test", UUID.randomUUID().toString(), 0, new Appended(0, number));
  }

  private static CommitLogEventStorageEngine engine(
      MongoClient client, EmbeddedMongo store, boolean onlyWriter) {
    var serializer = JacksonSerializer.defaultSerializer();
    return CommitLogEventStorageEngine.builder()
        .database(client.getDatabase("test"))
        .barrier(store.barrier())
        .onlyWriter(onlyWriter)
        .clock(Clock.systemUTC())
        .eventSerializer(serializer)
        .snapshotSerializer(serializer)
        .build();
  }
}
