package org.deliberation.core.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The factorization with its passes over ranges of rows on every core against the same on one thread (one range):
 * the ranges' sums are added in order, so only the rounding of the sums differs, far below what any decision reads.
 */
class BridgingEquivalenceTest {

  @Test
  void severalRangesFitWhatOneRangeFits() {
    var votes = SeededConversation.of(new SplittableRandom(11), 2_500, 400, 80);
    var chunks = RowChunks.of(votes);
    assertThat(chunks.count()).as("the parallel path is taken").isGreaterThan(1);

    var parallel =
        BridgingFactorization.fit(
            votes, votes.inConversation(), 5, 42, BridgingFactorization.Start.COLD, chunks);
    var single =
        BridgingFactorization.fit(
            votes,
            votes.inConversation(),
            5,
            42,
            BridgingFactorization.Start.COLD,
            RowChunks.even(votes.rows(), votes.rows()));

    assertThat(parallel.sweeps()).isEqualTo(single.sweeps());
    assertThat(parallel.mean()).isCloseTo(single.mean(), offset(1e-9));
    for (int j = 0; j < votes.cols(); j++) {
      assertThat(parallel.intercept()[j]).isCloseTo(single.intercept()[j], offset(1e-9));
      assertThat(parallel.factor()[j]).isCloseTo(single.factor()[j], offset(1e-9));
      assertThat(parallel.neutral(j) > 0.5).isEqualTo(single.neutral(j) > 0.5);
    }
  }
}
