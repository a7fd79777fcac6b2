package org.deliberation.web.platform.store;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * The embedded store can hand two concurrent {@code findAndModify} callers the same counter value; the engine must
 * still give every commit its own global index when sixteen threads append at once.
 */
class EmbeddedGlobalIndexIT {

  record Appended(int writer, int number) {}

  @TempDir Path data;

  @Test
  void givesEveryConcurrentCommitItsOwnGlobalIndex() throws Exception {
    try (var store = new EmbeddedMongo(data);
        var client = MongoClients.create(store.connectionString())) {
      var serializer = JacksonSerializer.defaultSerializer();
      var engine =
          CommitLogEventStorageEngine.builder()
              .database(client.getDatabase("test"))
              .barrier(store.barrier())
              .clock(Clock.systemUTC())
              .eventSerializer(serializer)
              .snapshotSerializer(serializer)
              .build();
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

      var indexes =
          engine
              .readEvents(null, false)
              .map(
                  message ->
                      ((TrackedEventMessage<?>) message).trackingToken().position().orElseThrow())
              .toList();
      assertThat(indexes).hasSize(1_600).doesNotHaveDuplicates().isSorted();
      assertThat(indexes.getLast()).isEqualTo(1_599);
    }
  }
}
