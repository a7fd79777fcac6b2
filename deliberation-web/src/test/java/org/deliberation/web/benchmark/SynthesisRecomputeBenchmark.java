package org.deliberation.web.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;
import org.deliberation.core.integrity.IntegrityCheck;
import org.deliberation.core.integrity.ParticipantSignals;
import org.deliberation.core.synthesis.Synthesis;
import org.deliberation.core.synthesis.VoteHistory;
import org.junit.jupiter.api.Test;

/**
 * A full recomputation of the synthesis as the server's background thread runs it — the snapshot of the vote
 * history, the integrity check (coordination detection on the votes and their instants, bridging, the robust rule)
 * and the synthesis (principal components, clustering, every statement's score) — at three shapes:
 *
 * <ul>
 *   <li>10k participants × 1k statements, 100 votes each (1M votes): the baseline, the shape measured before;
 *   <li>33,422 × 783, the largest real Pol.is conversation, at biodiversity's density: each participant votes on as
 *       many statements as a biodiversity participant drawn at random, scaled from its 314 statements to 783
 *       (17.7 %, about 4.6M votes);
 *   <li>100k × 10k: nobody votes on 10k statements, so the counts are biodiversity's scaled to a mean of 75 votes
 *       (its heavy tail kept: from 1 to about 220), about 7.5M votes.
 * </ul>
 *
 * The CPU figure is the process's CPU time during a recomputation, both cores together (GC included): on a machine
 * shared with other builds it grows far less than the time does. The heap figure is the sum of the heap pools' peaks during a recomputation (an upper bound), beside the heap the
 * history and its snapshot hold, and the JVM's maximum heap. Votes are cast one every 3 s, so the lockstep check
 * reads their instants, and the history ends a batch at every vote, as the server does.
 */
class SynthesisRecomputeBenchmark {

  private static final int ROUNDS = 5;
  private static final long T0 = 1_700_000_000_000L;
  private static final double BIODIVERSITY_STATEMENTS = 314;

  @Test
  void recomputesTheLargestRealShapeAndAHundredThousandOnTenThousand() throws Exception {
    var real = PolisCorpus.voteCounts("scoop-hivemind.biodiversity");
    double realMean = Arrays.stream(real).average().orElseThrow();
    var integrity = IntegrityCheck.defaults();
    BenchmarkReport.line(
        "## Full synthesis recomputation at scale (" + BenchmarkReport.machine() + ")");
    BenchmarkReport.line(
        "| shape | votes | time | CPU (both cores, median) | heap peak | held by the history | groups |");
    BenchmarkReport.line("|---|---|---|---|---|---|---|");
    var baseline =
        measure(integrity, 10_000, 1_000, random -> 100, "10k × 1k, 100 votes each (baseline)");
    double densityScale = 783 / BIODIVERSITY_STATEMENTS;
    var polis =
        measure(
            integrity,
            33_422,
            783,
            random -> (int) Math.round(real[random.nextInt(real.length)] * densityScale),
            "33,422 × 783, biodiversity's density");
    double meanScale = 75 / realMean;
    var large =
        measure(
            integrity,
            100_000,
            10_000,
            random -> (int) Math.round(real[random.nextInt(real.length)] * meanScale),
            "100k × 10k, biodiversity's counts scaled to a mean of 75");
    BenchmarkReport.line(
        String.format(
            Locale.ROOT,
            "| 33,422 × 783 ÷ baseline, median | %.2f | 100k × 10k ÷ baseline | %.2f | | | |",
            polis / baseline,
            large / baseline));
  }

  /** Returns the median recomputation time in milliseconds. */
  private double measure(
      IntegrityCheck integrity,
      int participants,
      int statements,
      ToIntFunction<SplittableRandom> votesOf,
      String label) {
    var history = conversation(participants, statements, votesOf);
    System.gc();
    long held = usedHeap();
    // Warm-up: the first recomputation includes JIT compilation, which a running server has long
    // done.
    var previous = recompute(integrity, history);
    var times = new long[ROUNDS];
    var cpu = new long[ROUNDS];
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long peakHeap = 0;
    for (int round = 0; round < ROUNDS; round++) {
      System.gc(); // so that the peak below belongs to this round
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
      long c0 = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      previous = recompute(integrity, history);
      times[round] = System.nanoTime() - t0;
      cpu[round] = os.getProcessCpuTime() - c0;
      peakHeap = Math.max(peakHeap, heapPeak());
    }
    assertThat(previous.groups())
        .as("the camps must show as groups")
        .hasSizeGreaterThanOrEqualTo(2);
    assertThat(previous.participants()).isEqualTo(participants);
    Arrays.sort(times);
    Arrays.sort(cpu);
    double median = times[ROUNDS / 2] / 1e6;
    BenchmarkReport.line(
        String.format(
            Locale.ROOT,
            "| %s | %,d (%.1f %%) | median %.0f ms (min %.0f, max %.0f, %d rounds) | %.0f ms | ≤ %d MiB of %d MiB | %d MiB | %d |",
            label,
            previous.votes(),
            100.0 * previous.votes() / ((double) participants * statements),
            median,
            times[0] / 1e6,
            times[ROUNDS - 1] / 1e6,
            ROUNDS,
            cpu[ROUNDS / 2] / 1e6,
            peakHeap >> 20,
            Runtime.getRuntime().maxMemory() >> 20,
            held >> 20,
            previous.groups().size()));
    return median;
  }

  private static Synthesis recompute(IntegrityCheck integrity, VoteHistory history) {
    return integrity.compute(history.snapshot(), ParticipantSignals.NONE, Set.of()).synthesis();
  }

  private static VoteHistory conversation(
      int participants, int statements, ToIntFunction<SplittableRandom> votesOf) {
    var history = new VoteHistory();
    SyntheticConversation.generate(
        participants,
        statements,
        votesOf,
        7,
        new SyntheticConversation.Votes() {
          private long count;

          @Override
          public void vote(int participant, int statement, int vote) {
            // One vote every 3 s, as a busy conversation: each its own batch, and the instants
            // reach the lockstep check.
            history.vote("p" + participant, "s" + statement, vote, T0 + 3_000L * count++);
          }
        });
    history.tick();
    return history;
  }

  private static long usedHeap() {
    var runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static long heapPeak() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .mapToLong(pool -> pool.getPeakUsage().getUsed())
        .sum();
  }
}
