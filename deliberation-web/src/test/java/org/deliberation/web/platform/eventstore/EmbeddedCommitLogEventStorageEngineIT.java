package org.deliberation.web.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
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
  private final AtomicInteger commitQueries = new AtomicInteger();

  @Override
  protected MongoDatabase freshDatabase() {
    store = new EmbeddedMongo(folder.resolve("store"));
    client =
        MongoClients.create(
            MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(store.connectionString()))
                .addCommandListener(
                    new CommandListener() {
                      @Override
                      public void commandStarted(CommandStartedEvent event) {
                        if ("find".equals(event.getCommandName())
                            && "event_commits"
                                .equals(event.getCommand().getString("find").getValue())) {
                          commitQueries.incrementAndGet();
                        }
                      }
                    })
                .build());
    return client.getDatabase("test-" + UUID.randomUUID());
  }

  @Override
  protected WriteBarrier barrier() {
    return store.barrier();
  }

  @AfterEach
  void closeStore() {
    client.close();
    store.close();
  }

  @Test
  void loadsAnAggregateWhoseCommitsFitOneWindowInOneQuery() {
    engine.appendEvents(commit("a", 0, 3));
    engine.appendEvents(commit("a", 3, 2));
    engine.appendEvents(commit("a", 5, 1));
    commitQueries.set(0);

    assertThat(aggregate("a")).hasSize(6).endsWith("a#5");
    // Not three: a read until one comes back empty, and that one looking back for a commit it is
    // in.
    assertThat(commitQueries).hasValue(1);
  }

  @Test
  void readsTheTailOfAStreamFromTheEndOfACommitInOneQuery() {
    engine.appendEvents(commit("a", 0, 3));
    engine.appendEvents(commit("a", 3, 2));
    commitQueries.set(0);

    assertThat(engine.readEventsFromCommit("a", 5).asStream()).isEmpty();
    assertThat(commitQueries).hasValue(1);
    assertThat(
            engine
                .readEventsFromCommit("a", 3)
                .asStream()
                .map(e -> ((Noted) e.getPayload()).text()))
        .containsExactly("a#3", "a#4");
    assertThat(commitQueries).hasValue(2);
  }

  @Test
  void aStreamReadAgainCostsOneQueryForItsTailAndShowsEveryNewCommit() {
    var streams =
        new EventStreams(EmbeddedEventStore.builder().storageEngine(engine).build(), engine);
    engine.appendEvents(commit("p", 0, 2));
    assertThat(streams.read("p").block()).hasSize(2);
    commitQueries.set(0);

    assertThat(streams.read("p").block()).hasSize(2);
    assertThat(commitQueries).hasValue(1);

    engine.appendEvents(commit("p", 2, 3));
    assertThat(streams.read("p").block())
        .extracting(e -> ((Noted) e.getPayload()).text())
        .containsExactly("p#0", "p#1", "p#2", "p#3", "p#4");
    assertThat(commitQueries).hasValue(2);
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
