package org.deliberation.core.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RepresentativenessTest {

  @Test
  void computesPolissProportionTest() {
    // 2 sqrt(n + 1) ((s + 1) / (n + 1) - 1/2) with s = 8, n = 10
    assertThat(Representativeness.proportionTest(8, 10))
        .isCloseTo(2 * Math.sqrt(11) * (9.0 / 11 - 0.5), within(1e-12));
  }

  @Test
  void computesPolissTwoProportionTestWithOneAddedToEachCount() {
    double p1 = 9.0 / 11;
    double p2 = 3.0 / 11;
    double pooled = 12.0 / 22;
    double expected = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (2.0 / 11));
    assertThat(Representativeness.twoProportionTest(8, 2, 10, 10))
        .isCloseTo(expected, within(1e-12));
  }

  @Test
  void aStatementAGroupAgreesWithAndTheRestRejectsRepresentsItsAgreement() {
    var side = Representativeness.of(18, 1, 20, 2, 17, 20);

    assertThat(side.agree()).isTrue();
    assertThat(side.passes()).isTrue();
  }

  @Test
  void aStatementEveryoneAgreesWithRepresentsNobody() {
    assertThat(Representativeness.of(18, 1, 20, 18, 1, 20).passes()).isFalse();
  }
}
