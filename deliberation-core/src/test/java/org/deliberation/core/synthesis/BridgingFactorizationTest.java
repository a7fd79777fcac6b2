package org.deliberation.core.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class BridgingFactorizationTest {

  /**
   * Two camps of 30 split on s0..s9; everyone agrees with "shared"; "ours" is agreed by camp one and rejected by camp
   * two; "few" has three votes. Seeded noise: one vote in ten goes the other way.
   */
  private static VoteMatrix camps() {
    var history = SynthesisEngineTest.twoCamps(1);
    for (int p = 0; p < 60; p++) {
      history.vote("p" + p, "ours", p % 2 == 0 ? 1 : -1);
    }
    for (int p = 0; p < 3; p++) {
      history.vote("p" + p, "few", 1);
    }
    return history.snapshot();
  }

  private static BridgingFactorization.Result fit(VoteMatrix votes) {
    var all = new BitSet();
    all.set(0, votes.rows());
    return BridgingFactorization.fit(votes, all, 5, 42);
  }

  @Test
  void agreementAcrossTheCampsGoesIntoTheInterceptAndAgreementAlongThemIntoTheFactor() {
    var votes = camps();
    var fit = fit(votes);
    int shared = votes.statements().indexOf("shared");
    int ours = votes.statements().indexOf("ours");

    assertThat(fit.intercept()[shared]).isGreaterThan(fit.intercept()[ours] + 0.2);
    assertThat(Math.abs(fit.factor()[ours])).isGreaterThan(3 * Math.abs(fit.factor()[shared]));
    for (int j = 0; j < 10; j++) {
      assertThat(fit.intercept()[shared])
          .as("s%d", j)
          .isGreaterThan(fit.intercept()[votes.statements().indexOf("s" + j)]);
    }
    // Camps are told apart by the factor, not by the intercepts.
    double campOne = 0;
    double campTwo = 0;
    for (int p = 0; p < 60; p++) {
      if (p % 2 == 0) {
        campOne += fit.participantFactor()[p];
      } else {
        campTwo += fit.participantFactor()[p];
      }
    }
    assertThat(Math.signum(campOne)).isEqualTo(-Math.signum(campTwo));
  }

  @Test
  void leavesStatementsWithTooFewVotersOut() {
    var votes = camps();
    var fit = fit(votes);
    int few = votes.statements().indexOf("few");

    assertThat(fit.intercept()[few]).isNaN();
    assertThat(fit.factor()[few]).isNaN();
  }

  @Test
  void reachesAStationaryPointOfCommunityNotesLoss() {
    var votes = camps();
    var fit = fit(votes);
    assertThat(fit.sweeps()).isLessThan(BridgingFactorization.MAX_SWEEPS);

    // Community Notes' objective written out independently, and its partial derivatives by central
    // differences.
    var model =
        new double[][] {
          fit.intercept().clone(),
          fit.factor().clone(),
          fit.participantIntercept().clone(),
          fit.participantFactor().clone(),
          {fit.mean()}
        };
    assertThat(loss(votes, model)).isCloseTo(fit.loss(), within(1e-9));
    double h = 1e-6;
    for (int block = 0; block < model.length; block++) {
      for (int i = 0; i < model[block].length; i++) {
        if (Double.isNaN(model[block][i])) {
          continue;
        }
        double keep = model[block][i];
        model[block][i] = keep + h;
        double up = loss(votes, model);
        model[block][i] = keep - h;
        double down = loss(votes, model);
        model[block][i] = keep;
        assertThat((up - down) / (2 * h))
            .as("block %d, parameter %d", block, i)
            .isCloseTo(0, within(2e-4));
      }
    }
  }

  // mean (r − μ − i_u − i_n − f_u f_n)² + λ_f (mean f_u² + mean f_n²) + λ_i (mean i_u² + mean i_n²
  // + μ²)
  private static double loss(VoteMatrix votes, double[][] model) {
    double[] in = model[0];
    double[] fn = model[1];
    double[] iu = model[2];
    double[] fu = model[3];
    double mu = model[4][0];
    double sum = 0;
    int ratings = 0;
    for (int row = 0; row < votes.rows(); row++) {
      for (int k = 0; k < votes.columns()[row].length; k++) {
        int j = votes.columns()[row][k];
        if (!Double.isNaN(in[j])) {
          double e = (votes.values()[row][k] + 1) / 2.0 - mu - iu[row] - in[j] - fu[row] * fn[j];
          sum += e * e;
          ratings++;
        }
      }
    }
    return sum / ratings
        + BridgingFactorization.FACTOR_LAMBDA * (meanSquare(fu) + meanSquare(fn))
        + BridgingFactorization.INTERCEPT_LAMBDA * (meanSquare(iu) + meanSquare(in) + mu * mu);
  }

  private static double meanSquare(double[] values) {
    double sum = 0;
    int n = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        sum += v * v;
        n++;
      }
    }
    return sum / n;
  }

  @Test
  void aWarmStartFromThePreviousFitReachesTheSameScoresInFewerSweeps() {
    var history = SynthesisEngineTest.twoCamps(4);
    var before = history.snapshot();
    var all = new BitSet();
    all.set(0, before.rows());
    var cold = BridgingFactorization.fit(before, all, 5, 42);
    history.vote("late", "s0", 1); // one more vote, as between two recomputations
    var after = history.snapshot();
    all.set(0, after.rows());

    var fresh = BridgingFactorization.fit(after, all, 5, 42);
    var warm =
        BridgingFactorization.fit(
            after,
            all,
            5,
            42,
            new BridgingFactorization.Start(null, cold.mean(), cold.intercept(), cold.factor()));

    assertThat(warm.sweeps()).isLessThan(fresh.sweeps());
    for (int j = 0; j < after.cols(); j++) {
      assertThat(warm.intercept()[j])
          .as(after.statements().get(j))
          .isCloseTo(fresh.intercept()[j], within(0.01));
    }
  }

  @Test
  void givesTheLargerShareOfParticipantsANegativeFactorAndTheSameFitTwice() {
    var history = new VoteHistory();
    for (int p = 0; p < 40; p++) {
      boolean many = p < 30;
      for (int s = 0; s < 8; s++) {
        history.vote("p" + p, "s" + s, (s % 2 == 0) == many ? 1 : -1);
      }
    }
    history.tick();
    var votes = history.snapshot();
    var fit = fit(votes);
    int negative = 0;
    for (int p = 0; p < 30; p++) {
      if (fit.participantFactor()[p] < 0) {
        negative++;
      }
    }
    assertThat(negative).isEqualTo(30);
    assertThat(fit(votes).intercept()).isEqualTo(fit.intercept());
  }
}
