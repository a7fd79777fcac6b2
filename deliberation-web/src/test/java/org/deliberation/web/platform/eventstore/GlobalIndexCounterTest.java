package org.deliberation.web.platform.eventstore;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.bson.Document;
import org.deliberation.web.platform.store.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An only writer's counter moves the stored counter once a block, hands out ranges that tile the indexes from where
 * the last stored commit ends, and after a crash never hands out again an index below a commit that survived.
 */
class GlobalIndexCounterTest {

  @TempDir Path data;

  private EmbeddedMongo store;
  private MongoClient client;
  private MongoCollection<Document> counters;
  private MongoCollection<Document> commits;

  @BeforeEach
  void open() {
    store = new EmbeddedMongo(data);
    client = MongoClients.create(store.connectionString());
    var database = client.getDatabase("test");
    counters = database.getCollection("event_counters");
    commits = database.getCollection("event_commits");
  }

  @AfterEach
  void close() {
    client.close();
    store.close();
  }

  @Test
  void concurrentRangesTileTheIndexesWithOneMoveOfTheStoredCounterPerBlock() throws Exception {
    var counter = GlobalIndexCounter.onlyWriter(counters, commits);
    List<long[]> ranges = Collections.synchronizedList(new ArrayList<>());
    List<Callable<Void>> writers = new ArrayList<>();
    for (int w = 0; w < 8; w++) {
      int writer = w;
      writers.add(
          () -> {
            for (int i = 0; i < 100; i++) {
              int count = 1 + (writer * 37 + i * 11) % 40;
              ranges.add(new long[] {counter.allocate(count), count});
            }
            return null;
          });
    }
    try (var executor = Executors.newFixedThreadPool(8)) {
      for (var result : executor.invokeAll(writers)) {
        result.get();
      }
    }

    ranges.sort((a, b) -> Long.compare(a[0], b[0]));
    long expected = 0;
    for (var range : ranges) {
      assertThat(range[0]).isEqualTo(expected); // no overlap, no hole
      expected += range[1];
    }
    assertThat(counter.head()).isEqualTo(expected);
    // A shared counter moves it once a range (800 times); this one once a block.
    long blocks = (expected + GlobalIndexCounter.BLOCK - 1) / GlobalIndexCounter.BLOCK;
    assertThat(stored()).isEqualTo(blocks * GlobalIndexCounter.BLOCK);
  }

  @Test
  void afterACrashItGoesOnAboveTheLastCommitThatSurvivedAndItsHeadIsThere() {
    var before = GlobalIndexCounter.onlyWriter(counters, commits);
    long a = before.allocate(200); // stored: [0, 256)
    long b = before.allocate(100); // spans into the next block: stored 512
    before.allocate(50); // its commit is lost in the crash
    commit(a, 200);
    commit(b, 100);

    var after = GlobalIndexCounter.onlyWriter(counters, commits);

    assertThat(after.head()).isEqualTo(300);
    assertThat(after.allocate(1)).isEqualTo(300);
    assertThat(stored()).isEqualTo(512); // what it reserved still covers it
  }

  @Test
  void withNoCommitNearTheStoredCounterItStartsAtTheCounter() {
    var before = GlobalIndexCounter.onlyWriter(counters, commits);
    before.allocate(10); // reserved, and its commit lost

    var after = GlobalIndexCounter.onlyWriter(counters, commits);

    assertThat(after.allocate(5)).isEqualTo(GlobalIndexCounter.BLOCK);
  }

  @Test
  void aStoredCounterBehindTheCommitsIsMovedOnUntilItCoversThem() {
    commit(0, 200);
    commit(200, 256);
    commit(456, 256); // stored by a writer whose counter was not kept
    counters.insertOne(new Document("_id", GlobalIndexCounter.COUNTER_ID).append("next", 512L));

    var counter = GlobalIndexCounter.onlyWriter(counters, commits);

    assertThat(counter.allocate(10)).isEqualTo(712);
    assertThat(stored()).isGreaterThanOrEqualTo(722);
  }

  @Test
  void aSharedCounterMovesTheStoredCounterForEveryRange() {
    var counter = GlobalIndexCounter.shared(counters);
    assertThat(counter.allocate(3)).isZero();
    assertThat(counter.allocate(2)).isEqualTo(3);
    assertThat(stored()).isEqualTo(5);
    assertThat(counter.head()).isEqualTo(5);
  }

  private void commit(long globalIndex, int count) {
    commits.insertOne(
        new Document("_id", "c" + globalIndex)
            .append("globalIndex", globalIndex)
            .append("count", count)
            .append("events", List.of()));
  }

  private long stored() {
    return ((Number) counters.find(eq("_id", GlobalIndexCounter.COUNTER_ID)).first().get("next"))
        .longValue();
  }
}
