package org.deliberation.web.deliberation.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.deliberation.web.deliberation.live.GroupTally;
import org.deliberation.web.deliberation.live.ScoredStatement;
import org.junit.jupiter.api.Test;

/** What the officials' page draws for a statement of the synthesis. */
class ScoredBarsTest {

  @Test
  void aStatementKeepsItsBridgingScoreForThePageAndNoneWhenNotComputed() {
    var fitted =
        new ScoredStatement(
            "s1",
            "Open on Sundays.",
            "CONTRIBUTION",
            3,
            1,
            0,
            0.5,
            List.of(new GroupTally("A", 3, 1, 0)),
            0.21);
    var unfitted =
        new ScoredStatement("s2", "Close at ten.", "CONTRIBUTION", 1, 0, 0, 0.3, List.of(), null);

    var bars = ScoredBars.of(List.of(fitted, unfitted));

    assertThat(bars).extracting(ScoredBars::bridging).containsExactly(0.21, null);
    assertThat(bars.getFirst().overall()).isEqualTo(new Bar(75, 25, 0, 4));
    assertThat(bars.getFirst().groups())
        .extracting(ScoredBars.GroupBar::group)
        .containsExactly("A");
  }
}
