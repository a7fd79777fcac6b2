package org.deliberation.web.platform.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The store node: the embedded store served to app nodes in other processes, and nothing else. */
class StoreNodeTest {

  @TempDir Path data;

  @Test
  void theRoleIsReadFromAnArgumentOrTheEnvironmentAndDefaultsToApp() {
    assertThat(NodeRole.requested(new String[0], Map.of())).isEqualTo(NodeRole.APP);
    assertThat(NodeRole.requested(new String[0], Map.of("DELIBERATION_ROLE", " Store ")))
        .isEqualTo(NodeRole.STORE);
    assertThat(
            NodeRole.requested(
                new String[] {"--deliberation.role=store"}, Map.of("DELIBERATION_ROLE", "app")))
        .isEqualTo(NodeRole.STORE);
    assertThatThrownBy(() -> NodeRole.requested(new String[0], Map.of("DELIBERATION_ROLE", "db")))
        .hasMessageContaining("\"app\" (the default) or \"store\"");
  }

  @Test
  void aPortOutsideTcpsRangeIsRefusedWithTheVariableNamed() {
    assertThatThrownBy(() -> new StoreNodeProperties("127.0.0.1", 70_000))
        .hasMessageContaining("DELIBERATION_STORE_PORT");
  }

  @Test
  void servesTheStoreOverTheWireProtocolAndNoWebServer() {
    try (var node = start();
        var client = clientOf(node)) {
      assertThat(node).isNotInstanceOf(WebServerApplicationContext.class);
      client.getDatabase("deliberation").getCollection("things").insertOne(new Document("_id", 1));
      assertThat(client.getDatabase("deliberation").getCollection("things").countDocuments())
          .isEqualTo(1);
    }
  }

  @Test
  void keepsWhatItStoredAcrossARestart() {
    try (var node = start();
        var client = clientOf(node)) {
      client
          .getDatabase("deliberation")
          .getCollection("things")
          .insertOne(new Document("_id", "kept"));
    }
    try (var node = start();
        var client = clientOf(node)) {
      assertThat(
              client
                  .getDatabase("deliberation")
                  .getCollection("things")
                  .find(Filters.eq("_id", "kept"))
                  .first())
          .isNotNull();
    }
  }

  /**
   * Two app nodes allocate global indexes from one counter: each {@code $inc} must answer with its own value, whichever
   * connection sent it (unserialized, the embedded server handed out duplicates).
   */
  @Test
  void concurrentIncrementsFromManyConnectionsEachGetTheirOwnValue() throws Exception {
    int writers = 8;
    int increments = 200;
    try (var node = start()) {
      Set<Long> values = ConcurrentHashMap.newKeySet();
      onConnectionsAtOnce(
          node,
          writers,
          database -> {
            var counters = database.getCollection("counters");
            for (int i = 0; i < increments; i++) {
              var after =
                  counters.findOneAndUpdate(
                      Filters.eq("_id", "globalIndex"),
                      Updates.inc("next", 1L),
                      new FindOneAndUpdateOptions()
                          .upsert(true)
                          .returnDocument(ReturnDocument.AFTER));
              values.add(after.getLong("next"));
            }
          });
      assertThat(values).hasSize(writers * increments);
    }
  }

  /** Optimistic concurrency across nodes rests on the unique index: of racing inserts of one key, one wins. */
  @Test
  void racingInsertsOfOneUniqueKeyStoreItOnce() throws Exception {
    int writers = 8;
    int keys = 100;
    try (var node = start()) {
      try (var client = clientOf(node)) {
        client
            .getDatabase("deliberation")
            .getCollection("commits")
            .createIndex(
                Indexes.ascending("aggregate", "sequence"), new IndexOptions().unique(true));
      }
      var refused = new AtomicInteger();
      onConnectionsAtOnce(
          node,
          writers,
          database -> {
            var commits = database.getCollection("commits");
            for (int key = 0; key < keys; key++) {
              try {
                commits.insertOne(new Document("aggregate", "a" + key).append("sequence", 0));
              } catch (MongoWriteException duplicate) {
                refused.incrementAndGet();
              }
            }
          });
      assertThat(countWith(node, "commits")).isEqualTo(keys);
      assertThat(refused.get()).isEqualTo((writers - 1) * keys);
    }
  }

  /** Runs the same work on {@code connections} clients of their own, all let go at once, as app nodes would. */
  private static void onConnectionsAtOnce(
      ConfigurableApplicationContext node, int connections, Consumer<MongoDatabase> work)
      throws Exception {
    List<MongoClient> clients = new ArrayList<>();
    for (int i = 0; i < connections; i++) {
      clients.add(clientOf(node));
    }
    var start = new CountDownLatch(1);
    try (var pool = Executors.newFixedThreadPool(connections)) {
      List<Future<?>> done = new ArrayList<>();
      for (var client : clients) {
        var database = client.getDatabase("deliberation");
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  work.accept(database);
                  return null;
                }));
      }
      start.countDown();
      for (var each : done) {
        each.get();
      }
    } finally {
      clients.forEach(MongoClient::close);
    }
  }

  private long countWith(ConfigurableApplicationContext node, String collection) {
    try (var client = clientOf(node)) {
      return client.getDatabase("deliberation").getCollection(collection).countDocuments();
    }
  }

  private ConfigurableApplicationContext start() {
    return StoreNode.run(
        new String[] {
          "--deliberation.role=store",
          "--deliberation.store.port=0",
          "--deliberation.data-dir=" + data,
          "--spring.main.banner-mode=off"
        });
  }

  private static MongoClient clientOf(ConfigurableApplicationContext node) {
    return MongoClients.create(node.getBean(EmbeddedMongo.class).connectionString());
  }
}
