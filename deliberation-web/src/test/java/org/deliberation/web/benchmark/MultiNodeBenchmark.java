package org.deliberation.web.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.deliberation.web.durability.ServerProcess;
import org.deliberation.web.multinode.Calls;
import org.deliberation.web.multinode.Cluster;
import org.deliberation.web.multinode.StreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long a vote cast on node A takes to reach a reader of the synthesis stream on node B, both app nodes of one
 * store node (docs/multi-node.md): from just before the vote is sent to the instant the reader has read its event.
 * The baseline, in the same run and for the same votes, is a reader on node A itself, whom the append wakes at once;
 * B's reader waits for B's event store to poll the store (every 100 ms, {@code AxonConfig}). The votes come one at a
 * time, 150 ms apart, so that each lands at a different moment of B's polling.
 */
class MultiNodeBenchmark {

  private static final int VOTES = 50;
  private static final String[] CHOICES = {"AGREE", "DISAGREE", "PASS"};

  @TempDir Path data;

  @Test
  void aVoteOnOneNodeReachesAReaderOnTheOther() throws InterruptedException {
    assumeTrue(ServerProcess.jarExists(), "the packaged jar is built before integration tests");
    var local = new long[VOTES];
    var remote = new long[VOTES];
    try (var nodes = Cluster.start(data, "MultiNodeBenchmark")) {
      var a = nodes.a();
      var admin = Calls.admin(a);
      var project = Calls.deliberation(a, admin, "Measured across nodes");
      var statement = Calls.statement(a, admin, project, "Light the path by the river.");
      var voter = Calls.participant(a, "bench@nodes.example");
      var stream = "/api/projects/" + project.id() + "/synthesis/stream";
      try (var onA = StreamReader.open(a, stream, null);
          var onB = StreamReader.open(nodes.b(), stream, null)) {
        await().until(() -> !onA.named("synthesis").isEmpty() && !onB.named("synthesis").isEmpty());
        // A first vote, unmeasured: it warms both nodes' paths.
        assertThat(Calls.vote(a, voter, project, statement, "PASS")).isEqualTo(200);
        await().until(() -> onA.named("vote").size() == 1 && onB.named("vote").size() == 1);
        for (int i = 0; i < VOTES; i++) {
          int seen = i + 2;
          long sent = System.nanoTime();
          assertThat(Calls.vote(a, voter, project, statement, CHOICES[i % 3])).isEqualTo(200);
          await()
              .pollInterval(Duration.ofMillis(2))
              .atMost(Duration.ofSeconds(30))
              .until(() -> onA.named("vote").size() == seen && onB.named("vote").size() == seen);
          local[i] = onA.named("vote").get(seen - 1).arrivedNanos() - sent;
          remote[i] = onB.named("vote").get(seen - 1).arrivedNanos() - sent;
          Thread.sleep(150);
        }
      }
    }
    double localP50 = BenchmarkReport.percentile(local, 0.5);
    double remoteP50 = BenchmarkReport.percentile(remote, 0.5);
    BenchmarkReport.line("## MultiNodeBenchmark");
    BenchmarkReport.line(
        String.format(
            Locale.ROOT,
            "- %d votes on node A; reader on node B: p50 %.1f ms, p99 %.1f ms; reader on A (baseline):"
                + " p50 %.1f ms, p99 %.1f ms; ratio of the p50s %.1f (%s)",
            VOTES,
            remoteP50,
            BenchmarkReport.percentile(remote, 0.99),
            localP50,
            BenchmarkReport.percentile(local, 0.99),
            remoteP50 / localP50,
            BenchmarkReport.machine()));
  }
}
