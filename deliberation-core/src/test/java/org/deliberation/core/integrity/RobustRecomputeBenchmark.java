package org.deliberation.core.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.deliberation.core.synthesis.Safeguards;
import org.deliberation.core.synthesis.Synthesis;
import org.deliberation.core.synthesis.SynthesisEngine;
import org.deliberation.core.synthesis.SynthesisSettings;
import org.deliberation.core.synthesis.VoteHistory;
import org.deliberation.core.synthesis.VoteMatrix;
import org.junit.jupiter.api.Test;

/**
 * The recomputation with the robust scores for 10,000 participants × 1,000 statements (1M votes), against a
 * baseline in the same run: the same recomputation without them ({@link Safeguards#POLIS}, the engine as it was).
 * The input is built as {@code deliberation-web}'s {@code SynthesisRecomputeBenchmark} builds it (three camps of
 * unequal size, 100 votes each on statements drawn at random, a batch every 100 participants), plus a sign-up instant
 * per participant spread over a week, so that the burst check runs. A third case adds a scripted brigade of 100
 * accounts, which makes one strong group: its cost includes the groups formed again without it and its impact (two
 * more recomputations). Heap is the sum of the heap pools' peaks during a round (an upper bound).
 *
 * <p>A benchmark, not a test: {@code mvn -B -Pbenchmarks -pl deliberation-core verify} runs it alone (Failsafe, the
 * root pom's {@code benchmarks} profile, 1 GiB heap); lines go to {@code target/benchmarks/results.md}.
 */
class RobustRecomputeBenchmark {

  private static final int STATEMENTS = 1_000;
  private static final int VOTES_EACH = 100;
  private static final int ROUNDS = 5;
  private static final Path FILE = Path.of("target", "benchmarks", "results.md");

  @Test
  void recomputesTenThousandParticipantsWithTheRobustScores() {
    line(
        "## Recomputation with the robust scores ("
            + Runtime.getRuntime().availableProcessors()
            + " cores, "
            + (Runtime.getRuntime().maxMemory() >> 20)
            + " MiB max heap, Java "
            + Runtime.version()
            + ")");
    line("| what | time | heap |");
    line("|---|---|---|");
    var engine = new SynthesisEngine(SynthesisSettings.DEFAULTS);
    var check = IntegrityCheck.defaults();
    var history = conversation(10_000, 0);
    var signals = signUps(history.snapshot(), 0);
    double baseline =
        measure(
            "baseline: without the robust scores (Pol.is's rule)",
            () -> history.snapshot(),
            votes -> engine.compute(votes, Safeguards.POLIS));
    double robust =
        measure(
            "with the robust scores: detection, bridging, robust rule",
            () -> history.snapshot(),
            votes -> check.compute(votes, signals, Set.of()).synthesis());
    line(
        String.format(
            java.util.Locale.ROOT,
            "| robust ÷ baseline, median time | %.2f | |",
            robust / baseline));
    var attacked = conversation(10_000, 100);
    var attackedSignals = signUps(attacked.snapshot(), 100);
    var report = check.compute(attacked.snapshot(), attackedSignals, Set.of()).report();
    assertThat(report.strong()).hasSize(1);
    measure(
        "with the robust scores and a brigade of 100 (one strong group, its impact measured)",
        () -> attacked.snapshot(),
        votes -> check.compute(votes, attackedSignals, Set.of()).synthesis());
  }

  interface Compute {
    Synthesis apply(VoteMatrix votes);
  }

  /** Returns the median time in milliseconds. */
  private static double measure(String label, Supplier<VoteMatrix> snapshot, Compute compute) {
    var last = compute.apply(snapshot.get()); // warm-up, as a running server has long done
    var times = new long[ROUNDS];
    long peak = 0;
    for (int round = 0; round < ROUNDS; round++) {
      System.gc();
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
      long t0 = System.nanoTime();
      last = compute.apply(snapshot.get());
      times[round] = System.nanoTime() - t0;
      peak = Math.max(peak, heapPeak());
    }
    assertThat(last.groups()).hasSizeGreaterThanOrEqualTo(2);
    Arrays.sort(times);
    double median = times[ROUNDS / 2] / 1e6;
    line(
        String.format(
            java.util.Locale.ROOT,
            "| %s, %,d votes | median %.0f ms (min %.0f, max %.0f, %d rounds) "
                + "| heap peak ≤ %d MiB |",
            label,
            last.votes(),
            median,
            times[0] / 1e6,
            times[ROUNDS - 1] / 1e6,
            ROUNDS,
            peak >> 20));
    return median;
  }

  /** {@code deliberation-web}'s synthetic conversation, then {@code brigade} identical accounts. */
  private static VoteHistory conversation(int participants, int brigade) {
    var history = new VoteHistory();
    var random = new SplittableRandom(7);
    var leaning = new int[3][STATEMENTS];
    for (var camp : leaning) {
      for (int s = 0; s < STATEMENTS; s++) {
        camp[s] = random.nextBoolean() ? 1 : -1;
      }
    }
    var order = new int[STATEMENTS];
    Arrays.setAll(order, s -> s);
    for (int p = 0; p < participants; p++) {
      int camp = p % 10 < 5 ? 0 : p % 10 < 8 ? 1 : 2;
      for (int i = 0; i < VOTES_EACH; i++) {
        int j = i + random.nextInt(STATEMENTS - i);
        int chosen = order[j];
        order[j] = order[i];
        order[i] = chosen;
        double draw = random.nextDouble();
        history.vote(
            "p" + p,
            "s" + chosen,
            draw < 0.1 ? 0 : draw < 0.82 ? leaning[camp][chosen] : -leaning[camp][chosen]);
      }
      if (p % 100 == 99) {
        history.tick();
      }
    }
    for (int b = 0; b < brigade; b++) {
      for (int s = 0; s < 20; s++) {
        history.vote("bot" + b, "s" + s, s < 10 ? 1 : -1);
      }
    }
    history.tick();
    return history;
  }

  /** Sign-ups spread over a week in participant order; the brigade's within five minutes. */
  private static ParticipantSignals signUps(VoteMatrix votes, int brigade) {
    var at = new HashMap<String, Instant>();
    long start = 1_700_000_000_000L;
    long week = 7 * 86_400_000L;
    int honest = votes.rows() - brigade;
    for (int row = 0; row < votes.rows(); row++) {
      var participant = votes.participants().get(row);
      at.put(
          participant,
          participant.startsWith("bot")
              ? Instant.ofEpochMilli(start + week + 3_000L * (row - honest))
              : Instant.ofEpochMilli(start + week * row / Math.max(1, honest)));
    }
    return new ParticipantSignals(at, Map.of(), List.of());
  }

  private static long heapPeak() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .mapToLong(pool -> pool.getPeakUsage().getUsed())
        .sum();
  }

  private static void line(String text) {
    System.out.println(text);
    try {
      Files.createDirectories(FILE.getParent());
      Files.writeString(
          FILE,
          text + System.lineSeparator(),
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
