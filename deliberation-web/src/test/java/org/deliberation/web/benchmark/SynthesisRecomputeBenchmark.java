package org.deliberation.web.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.deliberation.core.integrity.IntegrityCheck;
import org.deliberation.core.integrity.ParticipantSignals;
import org.deliberation.core.synthesis.Safeguards;
import org.deliberation.core.synthesis.Synthesis;
import org.deliberation.core.synthesis.SynthesisEngine;
import org.deliberation.core.synthesis.SynthesisSettings;
import org.deliberation.core.synthesis.VoteHistory;
import org.deliberation.core.synthesis.VoteMatrix;
import org.junit.jupiter.api.Test;

/**
 * A full recomputation of the synthesis (snapshot of the vote history, principal components, clustering, every
 * statement's score) for 10,000 participants × 1,000 statements with 1M votes. Two baselines in the same run: the
 * same recomputation at a tenth of the participants (100k votes), so the ratio shows how the cost grows, and Pol.is's
 * rule alone ({@link Safeguards#POLIS}) at 10k, against which the server's own recomputation is compared: the
 * integrity check (coordination detection on the votes and their instants, bridging, the robust rule), as the
 * server's background thread runs it. The heap figure is the sum of the heap pools' peaks during the
 * recomputation (an upper bound), and the benchmark JVM runs with a 1 GiB heap.
 *
 * <p>The votes are synthetic but shaped like a conversation ({@link SyntheticConversation}), 100 per participant.
 */
class SynthesisRecomputeBenchmark {

  private static final int STATEMENTS = 1_000;
  private static final int VOTES_EACH = 100;
  private static final int ROUNDS = 5;
  private static final long T0 = 1_700_000_000_000L;

  @Test
  void recomputesTenThousandParticipantsOnAThousandStatements() {
    var engine = new SynthesisEngine(SynthesisSettings.DEFAULTS);
    var integrity = IntegrityCheck.defaults();
    Function<VoteMatrix, Synthesis> server =
        votes -> integrity.compute(votes, ParticipantSignals.NONE, Set.of()).synthesis();
    Function<VoteMatrix, Synthesis> polis = votes -> engine.compute(votes, Safeguards.POLIS);
    BenchmarkReport.line("## Full synthesis recomputation (" + BenchmarkReport.machine() + ")");
    var small = measure(server, 1_000, "1k participants × 1k statements, as the server (baseline)");
    var polisLarge =
        measure(polis, 10_000, "10k participants × 1k statements, Pol.is's rule alone (baseline)");
    var large = measure(server, 10_000, "10k participants × 1k statements, as the server");
    BenchmarkReport.line(
        String.format(
            Locale.ROOT,
            "| 10k ÷ 1k participants, median time | %.1f (10 × the votes) |",
            large / small));
    BenchmarkReport.line(
        String.format(
            Locale.ROOT,
            "| as the server ÷ Pol.is's rule alone, at 10k | %.2f |",
            large / polisLarge));
  }

  /** Returns the median recomputation time in milliseconds. */
  private double measure(
      Function<VoteMatrix, Synthesis> recompute, int participants, String label) {
    var history = conversation(participants);
    // Warm-up: the first recomputation includes JIT compilation, which a running server has long
    // done.
    var previous = recompute.apply(history.snapshot());
    var times = new long[ROUNDS];
    long peakHeap = 0;
    for (int round = 0; round < ROUNDS; round++) {
      System.gc(); // so that the peak below belongs to this round
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
      long t0 = System.nanoTime();
      previous = recompute.apply(history.snapshot());
      times[round] = System.nanoTime() - t0;
      peakHeap = Math.max(peakHeap, heapPeak());
    }
    assertThat(previous.groups())
        .as("the camps must show as groups")
        .hasSizeGreaterThanOrEqualTo(2);
    assertThat(previous.votes()).isEqualTo((long) participants * VOTES_EACH);
    Arrays.sort(times);
    double median = times[ROUNDS / 2] / 1e6;
    BenchmarkReport.line(
        String.format(
            Locale.ROOT,
            "| %s, %,d votes | median %.0f ms (min %.0f, max %.0f, %d rounds) | heap peak ≤ %d MiB | %d groups |",
            label,
            previous.votes(),
            median,
            times[0] / 1e6,
            times[ROUNDS - 1] / 1e6,
            ROUNDS,
            peakHeap >> 20,
            previous.groups().size()));
    return median;
  }

  private static VoteHistory conversation(int participants) {
    var history = new VoteHistory();
    SyntheticConversation.generate(
        participants,
        STATEMENTS,
        VOTES_EACH,
        7,
        new SyntheticConversation.Votes() {
          private long count;

          @Override
          public void vote(int participant, int statement, int vote) {
            // One vote every 3 s, as a busy conversation: the instants reach the lockstep check.
            history.vote("p" + participant, "s" + statement, vote, T0 + 3_000L * count++);
          }

          @Override
          public void participantDone(int participant) {
            if (participant % 100 == 99) {
              history.tick(); // as the server's math does after each batch of votes
            }
          }
        });
    history.tick();
    return history;
  }

  private static long heapPeak() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .mapToLong(pool -> pool.getPeakUsage().getUsed())
        .sum();
  }
}
