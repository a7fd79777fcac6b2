package org.deliberation.web.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.Role;
import org.deliberation.web.platform.store.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jobs outlive their node: on a store shared by several nodes, a job whose node stopped is taken over once. */
class JobsIT {

  /** A clock the test moves; nodes share it, as they share real time. */
  static final class MovingClock extends Clock {
    private volatile Instant now = Instant.parse("2026-01-05T10:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  private static final JobProgress START = new JobProgress("VOTES", 0, 0, Map.of("votes", 0L));
  private static final Actor IMPORTER =
      new Actor(new ParticipantId("moderator"), Set.of(Role.MODERATOR));

  @TempDir Path folder;

  private EmbeddedMongo store;
  private MongoClient client;
  private MongoDatabase database;
  private final MovingClock clock = new MovingClock();

  @BeforeEach
  void openStore() {
    store = new EmbeddedMongo(folder);
    client = MongoClients.create(store.connectionString());
    database = client.getDatabase("jobs-test");
  }

  @AfterEach
  void closeStore() {
    client.close();
    store.close();
  }

  private Jobs node() {
    return new Jobs(database, store.barrier(), Jobs.STALE_AFTER, clock);
  }

  @Test
  void aJobWhoseNodeStoppedIsTakenOverByOneNodeOnly() throws Exception {
    var dead = node();
    dead.create("job-1", "test", "project", 10, START, IMPORTER);
    clock.advance(Jobs.STALE_AFTER.plusSeconds(1));

    var start = new CountDownLatch(1);
    List<Callable<Integer>> takers = new ArrayList<>();
    for (int n = 0; n < 4; n++) {
      var taker = node();
      takers.add(
          () -> {
            start.await();
            return taker.takeOverAbandoned("test").size();
          });
    }
    var taken = new ArrayList<Integer>();
    try (var executor =
        Executors.newFixedThreadPool(4, Thread.ofPlatform().name("taker-", 0).factory())) {
      var results = takers.stream().map(executor::submit).toList();
      start.countDown();
      for (var result : results) {
        taken.add(result.get());
      }
    }

    assertThat(taken).containsExactlyInAnyOrder(1, 0, 0, 0);
    assertThat(dead.progress("job-1", new JobProgress("VOTES", 256, 256, Map.of("votes", 256L))))
        .isFalse();
    assertThat(dead.find("job-1").orElseThrow().done()).isZero();
  }

  @Test
  void leavesAJobWhoseNodeRenewsItsHeartbeat() {
    var alive = node();
    alive.create("job-2", "test", "project", 10, START, IMPORTER);
    clock.advance(Duration.ofSeconds(20));
    alive.heartbeat();
    clock.advance(Duration.ofSeconds(20));

    assertThat(node().takeOverAbandoned("test")).isEmpty();
    assertThat(alive.progress("job-2", new JobProgress("VOTES", 5, 5, Map.of("votes", 5L))))
        .isTrue();
  }

  @Test
  void aNodeOnItsOwnEmbeddedStoreTakesWhatAnEarlierRunLeftAtOnce() {
    new Jobs(database, store.barrier(), Duration.ZERO, clock)
        .create("job-3", "test", "project", 10, START, IMPORTER);

    var next = new Jobs(database, store.barrier(), Duration.ZERO, clock);
    var taken = next.takeOverAbandoned("test");

    assertThat(taken).extracting(Jobs.Stored::id).containsExactly("job-3");
    assertThat(taken.getFirst().actor()).isEqualTo(IMPORTER);
    assertThat(next.progress("job-3", START)).isTrue();
  }
}
