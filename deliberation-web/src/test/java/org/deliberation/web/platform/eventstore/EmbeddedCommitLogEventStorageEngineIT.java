package org.deliberation.web.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.axonframework.serialization.json.JacksonSerializer;
import org.deliberation.web.platform.store.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The event store's contract on the embedded store, plus what only a store in a local folder can show. */
class EmbeddedCommitLogEventStorageEngineIT extends CommitLogEventStorageEngineContract {

  @TempDir Path folder;

  private EmbeddedMongo store;
  private MongoClient client;

  @Override
  protected MongoDatabase freshDatabase() {
    store = new EmbeddedMongo(folder.resolve("store"));
    client = MongoClients.create(store.connectionString());
    return client.getDatabase("test-" + UUID.randomUUID());
  }

  @Override
  protected WriteBarrier barrier() {
    return store.barrier();
  }

  @Override
  protected boolean inProcessStore() {
    return true;
  }

  @AfterEach
  void closeStore() {
    client.close();
    store.close();
  }

  @Test
  void keepsItsEventsAcrossARestart() {
    var name = database.getName();
    engine.appendEvents(commit("kept", 0, 3));
    client.close();
    store.close();

    store = new EmbeddedMongo(folder.resolve("store"));
    client = MongoClients.create(store.connectionString());
    database = client.getDatabase(name);
    var serializer = JacksonSerializer.defaultSerializer();
    engine =
        CommitLogEventStorageEngine.builder()
            .database(database)
            .barrier(store.barrier())
            .inProcessStore(true)
            .clock(Clock.systemUTC())
            .eventSerializer(serializer)
            .snapshotSerializer(serializer)
            .build();

    assertThat(aggregate("kept")).containsExactly("kept#0", "kept#1", "kept#2");
  }

  @Test
  void anAcknowledgedAppendIsInTheFileWithoutAShutdown() throws IOException {
    var name = database.getName();
    engine.appendEvents(commit("durable", 0, 2));

    // What a crash right after the acknowledgement leaves on disk: the file as it is now, never
    // closed.
    var copy = folder.resolve("crash-copy");
    Files.createDirectories(copy);
    Files.copy(folder.resolve("store").resolve("store.mv"), copy.resolve("store.mv"));
    try (var crashed = new EmbeddedMongo(copy);
        var reader = MongoClients.create(crashed.connectionString())) {
      var serializer = JacksonSerializer.defaultSerializer();
      var recovered =
          CommitLogEventStorageEngine.builder()
              .database(reader.getDatabase(name))
              .clock(Clock.systemUTC())
              .eventSerializer(serializer)
              .snapshotSerializer(serializer)
              .build();
      assertThat(recovered.readEvents("durable").asStream().count()).isEqualTo(2);
    }
  }
}
