package org.deliberation.web.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.deliberation.web.testing.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import reactor.core.Disposable;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * How long a vote takes to reach 5,000 readers of the synthesis stream: from the instant the server accepted it (the
 * {@code at} of the event) to the instant each subscriber has read its {@code vote} event. The votes come at a steady
 * 5 per second, then 1 per second, on 10 statements, first with the stream's patch mode ({@code ?view=patch}: the
 * whole view once, then its patches), then with the whole view at each recomputation. The baseline of each, in the
 * same run, is the same votes with 50 subscribers. Subscribers are
 * non-blocking clients in the same JVM (Reactor Netty), so the 2 cores serve both sides.
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
  private static final Pattern AT = Pattern.compile("\"at\":\"([^\"]+)\"");

  @LocalServerPort int port;

  /** One reader of the stream: the latencies of the vote events it read in the current round. */
  private static final class Subscriber {

    private final StringBuilder pending = new StringBuilder();
    private long bytes;
    private final long[] latencies = new long[VOTES];
    private final CountDownLatch connected;
    private int votes;
    private CountDownLatch allVotes;

    Subscriber(CountDownLatch connected) {
      this.connected = connected;
    }

    synchronized void startRound(CountDownLatch allVotes) {
      this.allVotes = allVotes;
      votes = 0;
      bytes = 0;
    }

    /** Reads a chunk of the stream; an event ends with a blank line and may span chunks. */
    synchronized void read(String chunk) {
      bytes += chunk.length();
      pending.append(chunk);
      int end;
      while ((end = pending.indexOf("\n\n")) >= 0) {
        var event = pending.substring(0, end);
        pending.delete(0, end + 2);
        if (event.contains("event:synthesis")) {
          connected.countDown(); // only the first one counts: the latch stays at zero
        } else if (event.contains("event:vote") && allVotes != null && votes < VOTES) {
          var at = AT.matcher(event);
          if (at.find()) {
            latencies[votes++] =
                Duration.between(Instant.parse(at.group(1)), Instant.now()).toNanos();
            if (votes == VOTES) {
              allVotes.countDown();
            }
          }
        }
      }
    }
  }

  @Test
  void aVoteReachesFiveThousandSubscribers() throws Exception {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Fan-out benchmark");
    var statements = deliberating(official, project, STATEMENTS);
    var voter = citizen();

    var provider =
        ConnectionProvider.builder("subscribers")
            .maxConnections(SUBSCRIBERS + 100)
            .pendingAcquireMaxCount(-1)
            .build();
    var client =
        HttpClient.create(provider)
            .baseUrl("http://127.0.0.1:" + port)
            .responseTimeout(Duration.ofMinutes(5));
    try {
      BenchmarkReport.line(
          "## A vote to its stream's subscribers (" + BenchmarkReport.machine() + ")");
      int round = 0;
      // The patch mode first, then the whole view (the API's default), each with its baseline.
      for (var mode : List.of("patch", "whole")) {
        var few = connect(client, project, mode, BASELINE_SUBSCRIBERS);
        round(few, project, statements, voter, 5, round++, mode + " (baseline)");
        few.connections().forEach(Disposable::dispose);
        var many = connect(client, project, mode, SUBSCRIBERS);
        round(many, project, statements, voter, 5, round++, mode);
        round(many, project, statements, voter, 1, round++, mode);
        many.connections().forEach(Disposable::dispose);
        Thread.sleep(2_000); // the server closes its side before the next mode connects
      }
    } finally {
      provider.dispose();
    }
  }

  private record Readers(
      List<Subscriber> subscribers, List<Disposable> connections, double connectSeconds) {}

  private Readers connect(HttpClient client, String project, String mode, int count)
      throws InterruptedException {
    var connected = new CountDownLatch(count);
    var subscribers = new ArrayList<Subscriber>();
    var connections = new ArrayList<Disposable>();
    long connectStart = System.nanoTime();
    for (int i = 0; i < count; i++) {
      var subscriber = new Subscriber(connected);
      subscribers.add(subscriber);
      connections.add(
          client
              .headers(headers -> headers.add("Accept", "text/event-stream"))
              .get()
              .uri("/api/projects/" + project + "/synthesis/stream?view=" + mode)
              .responseContent()
              .asString()
              .subscribe(subscriber::read));
      if (i % 500 == 499) {
        Thread.sleep(
            100); // lets the accept queue drain, as real readers do not all arrive in the same
        // millisecond
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
      String label)
      throws Exception {
    var allVotes = new CountDownLatch(readers.subscribers().size());
    readers.subscribers().forEach(subscriber -> subscriber.startRound(allVotes));
    var os =
        (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    long wall0 = System.nanoTime();
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
    double busy =
        (os.getProcessCpuTime() - cpu0)
            / (double) (System.nanoTime() - wall0)
            / Runtime.getRuntime().availableProcessors();

    double seconds = (System.nanoTime() - wall0) / 1e9;
    var all = new long[readers.subscribers().size() * VOTES];
    int n = 0;
    long bytes = 0;
    for (var subscriber : readers.subscribers()) {
      synchronized (subscriber) {
        System.arraycopy(subscriber.latencies, 0, all, n, VOTES);
        bytes += subscriber.bytes;
      }
      n += VOTES;
    }
    BenchmarkReport.line(
        String.format(
            Locale.ROOT,
            "| %s, %,d subscribers, %d votes at %d/s, %,d deliveries | vote to event p50 %.1f ms, p99 %.1f ms, max %.1f ms"
                + " | all connected in %.1f s | CPU %.0f%% busy | %,.0f bytes/s to each reader |",
            label,
            readers.subscribers().size(),
            VOTES,
            perSecond,
            all.length,
            BenchmarkReport.percentile(all, 0.5),
            BenchmarkReport.percentile(all, 0.99),
            BenchmarkReport.percentile(all, 1.0),
            readers.connectSeconds(),
            busy * 100,
            bytes / seconds / readers.subscribers().size()));
  }
}
