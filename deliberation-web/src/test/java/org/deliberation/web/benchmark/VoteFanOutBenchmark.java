package org.deliberation.web.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.deliberation.web.testing.ApiTestSupport;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * How long a vote takes to reach 5,000 readers of the synthesis stream: from the instant the server accepted it (the
 * {@code at} of the event) to the instant each subscriber has read its {@code vote} event. The votes come at a steady
 * 5 per second, then 1 per second, on 10 statements, first with the stream's patch mode ({@code ?view=patch}: the
 * whole view once, then its patches), then with the whole view at each recomputation. The baseline of each, in the
 * same run, is the same votes with 50 subscribers. Subscribers are raw Netty connections in the same JVM that scan
 * the bytes for the markers they need ({@link RawStreamReaders}), as cheap as remote readers; the 2 cores serve both
 * sides, and each round says how the CPU was split between the readers' threads, the rest of the process (the
 * server) and the whole machine ({@link CpuSplit}).
 */
@DirtiesContext // a server of its own, not one another benchmark has loaded
// Every reader comes from this one address, which the server would otherwise hold to 512
// connections.
@TestPropertySource(properties = "deliberation.connections.per-address=100000")
class VoteFanOutBenchmark extends ApiTestSupport {

  private static final int SUBSCRIBERS = 5_000;
  private static final int BASELINE_SUBSCRIBERS = 50;
  private static final int VOTES = 60;
  private static final int STATEMENTS = 10;
  // The readers' own threads: one core's worth, as remote readers would not share the server's.
  private static final int READER_THREADS = 1;

  @LocalServerPort int port;

  /** One reader of the stream: the latencies of the vote events it read in the current round. */
  private static final class Subscriber {

    private final RawStreamReaders.Reader reader;
    private final long[] latencies = new long[VOTES];
    private long bytesAtStart;
    private int votes;
    private CountDownLatch allVotes;

    Subscriber(CountDownLatch connected) {
      reader = new RawStreamReaders.Reader(connected, this::vote, Instant::now);
    }

    synchronized void startRound(CountDownLatch allVotes) {
      this.allVotes = allVotes;
      votes = 0;
      bytesAtStart = reader.bytes();
    }

    private synchronized void vote(Instant acceptedAt, Instant readAt) {
      if (allVotes != null && votes < VOTES) {
        latencies[votes++] = Duration.between(acceptedAt, readAt).toNanos();
        if (votes == VOTES) {
          allVotes.countDown();
        }
      }
    }

    synchronized long bytes() {
      return reader.bytes() - bytesAtStart;
    }
  }

  @Test
  void aVoteReachesFiveThousandSubscribers() throws Exception {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Fan-out benchmark");
    var statements = deliberating(official, project, STATEMENTS);
    var voter = citizen();

    try (var readers = new RawStreamReaders(READER_THREADS, "127.0.0.1", port)) {
      BenchmarkReport.line(
          "## A vote to its stream's subscribers (" + BenchmarkReport.machine() + ")");
      int round = 0;
      var modes = List.of(System.getProperty("fanout.modes", "patch,whole").split(","));
      // Warm-up, not reported: a full round in the first mode, so that it is not measured on a
      // colder JVM than the modes after it.
      var warm = connect(readers, project, modes.getFirst(), SUBSCRIBERS);
      round(warm, project, statements, voter, 5, round++, null);
      warm.close();
      Thread.sleep(2_000);
      // The patch mode first, then the whole view (the API's default), each with its baseline.
      for (var mode : modes) {
        var few = connect(readers, project, mode, BASELINE_SUBSCRIBERS);
        round(few, project, statements, voter, 5, round++, mode + " (baseline)");
        few.close();
        var many = connect(readers, project, mode, SUBSCRIBERS);
        round(many, project, statements, voter, 5, round++, mode);
        round(many, project, statements, voter, 1, round++, mode);
        many.close();
        Thread.sleep(2_000); // the server closes its side before the next mode connects
      }
    }
  }

  private record Readers(
      List<Subscriber> subscribers, List<Channel> connections, double connectSeconds) {

    void close() {
      connections.forEach(Channel::close);
    }
  }

  private Readers connect(RawStreamReaders readers, String project, String mode, int count)
      throws InterruptedException {
    var connected = new CountDownLatch(count);
    var subscribers = new ArrayList<Subscriber>();
    var connections = new ArrayList<Channel>();
    long connectStart = System.nanoTime();
    for (int i = 0; i < count; i++) {
      var subscriber = new Subscriber(connected);
      subscribers.add(subscriber);
      connections.add(
          readers.open(
              "/api/projects/" + project + "/synthesis/stream?view=" + mode, subscriber.reader));
      if (i % 500 == 499) {
        // Lets the accept queue drain, as real readers do not all arrive in the same millisecond.
        Thread.sleep(100);
      }
    }
    assertThat(connected.await(5, TimeUnit.MINUTES))
        .as("every subscriber got the whole view")
        .isTrue();
    return new Readers(subscribers, connections, (System.nanoTime() - connectStart) / 1e9);
  }

  private void round(
      Readers readers,
      String project,
      List<String> statements,
      Session voter,
      int perSecond,
      int round,
      @Nullable String label)
      throws Exception {
    var allVotes = new CountDownLatch(readers.subscribers().size());
    readers.subscribers().forEach(subscriber -> subscriber.startRound(allVotes));
    var cpu = CpuSplit.start();
    for (int v = 0; v < VOTES; v++) {
      long t0 = System.nanoTime();
      // Each round starts on the opposite vote from the last round's, so every vote is a change
      // with its own event.
      var vote = (v / STATEMENTS + round * VOTES / STATEMENTS) % 2 == 0 ? "AGREE" : "DISAGREE";
      http.put()
          .uri("/api/projects/{id}/statements/{sid}/vote", project, statements.get(v % STATEMENTS))
          .header(HttpHeaders.AUTHORIZATION, voter.bearer())
          .bodyValue(Map.of("vote", vote))
          .exchange()
          .expectStatus()
          .isOk();
      long left = 1000 / perSecond - (System.nanoTime() - t0) / 1_000_000;
      if (left > 0) {
        Thread.sleep(left);
      }
    }
    assertThat(allVotes.await(2, TimeUnit.MINUTES)).as("every subscriber read every vote").isTrue();
    var used = cpu.stop(RawStreamReaders.THREAD_PREFIX);
    if (label == null) {
      return; // a warm-up
    }

    var all = new long[readers.subscribers().size() * VOTES];
    int n = 0;
    long bytes = 0;
    for (var subscriber : readers.subscribers()) {
      synchronized (subscriber) {
        System.arraycopy(subscriber.latencies, 0, all, n, VOTES);
        bytes += subscriber.bytes();
      }
      n += VOTES;
    }
    BenchmarkReport.line(
        String.format(
            Locale.ROOT,
            "| %s, %,d subscribers, %d votes at %d/s, %,d deliveries | vote to event p50 %.1f ms, p99 %.1f ms, max %.1f ms"
                + " | all connected in %.1f s | %s | server CPU %.1f µs a delivered vote | %,.0f bytes/s to each reader |",
            label,
            readers.subscribers().size(),
            VOTES,
            perSecond,
            all.length,
            BenchmarkReport.percentile(all, 0.5),
            BenchmarkReport.percentile(all, 0.99),
            BenchmarkReport.percentile(all, 1.0),
            readers.connectSeconds(),
            used,
            // Load-independent: what serving the round cost, over the votes it delivered.
            (used.process() - used.prefixed())
                * used.seconds()
                * Runtime.getRuntime().availableProcessors()
                / all.length
                * 1e6,
            bytes / used.seconds() / readers.subscribers().size()));
  }
}
