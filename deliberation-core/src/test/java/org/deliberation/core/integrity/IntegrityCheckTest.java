package org.deliberation.core.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.deliberation.core.synthesis.StatementScore;
import org.deliberation.core.synthesis.VoteHistory;
import org.junit.jupiter.api.Test;

class IntegrityCheckTest {

  private final IntegrityCheck check = IntegrityCheck.defaults();

  /** Two camps of 40 split on s0..s9 who share "shared", and a brigade of 45 that rejects it. */
  private static VoteHistory attacked() {
    var random = new Random(1);
    var history = new VoteHistory();
    long t = 0;
    for (int p = 0; p < 80; p++) {
      boolean campOne = p % 2 == 0;
      t += 600_000;
      for (int s = 0; s < 10; s++) {
        int vote = (s < 5) == campOne ? 1 : -1;
        history.vote(
            "p" + p,
            "s" + s,
            random.nextInt(10) == 0 ? -vote : vote,
            t + random.nextInt(5_000_000));
      }
      history.vote("p" + p, "shared", 1, t + 6_000_000);
      history.vote("p" + p, "rejected", -1, t + 6_100_000);
    }
    for (int b = 0; b < 45; b++) {
      for (int s = 0; s < 10; s++) {
        history.vote("bot" + b, "s" + s, 1, 10_000_000_000L + 30_000L * b + 3_000L * s);
      }
      history.vote("bot" + b, "shared", -1, 10_000_000_000L + 30_000L * b + 33_000L);
      history.vote("bot" + b, "rejected", 1, 10_000_000_000L + 30_000L * b + 36_000L);
    }
    history.tick();
    return history;
  }

  private static Set<String> ids(Iterable<StatementScore> scores) {
    var ids = new HashSet<String>();
    scores.forEach(score -> ids.add(score.statement()));
    return ids;
  }

  @Test
  void findsTheBrigadeCountsItAsOneVoterAndMeasuresWhatItWouldDo() {
    var result = check.compute(attacked().snapshot(), ParticipantSignals.NONE, Set.of());

    var strong = result.report().strong();
    assertThat(strong).hasSize(1);
    assertThat(strong.getFirst().members())
        .hasSize(45)
        .allMatch(member -> member.startsWith("bot"));
    assertThat(ids(result.synthesis().consensus())).contains("shared");
    assertThat(result.synthesis().robustness().coalescedGroups()).isEqualTo(1);
    var impact = strong.getFirst().impact();
    assertThat(impact).isNotNull();
    assertThat(impact.consensusChanged())
        .contains("shared"); // undefended, the brigade keeps it out
    assertThat(result.report().groupOf("bot7")).contains(strong.getFirst());
    assertThat(result.report().groupOf("p7")).isEmpty();
  }

  @Test
  void leavesExcludedParticipantsOut() {
    var votes = attacked().snapshot();
    var bots = new HashSet<String>();
    for (int b = 0; b < 45; b++) {
      bots.add("bot" + b);
    }

    var result = check.compute(votes, ParticipantSignals.NONE, bots);

    assertThat(result.report().groups()).isEmpty();
    assertThat(result.synthesis().participants()).isEqualTo(80);
    assertThat(result.synthesis().robustness().excluded()).isEqualTo(45);
    assertThat(ids(result.synthesis().consensus())).contains("shared");
    assertThat(ids(result.synthesis().sharedDisagreement())).contains("rejected");
  }

  @Test
  void givesTheSameResultTwice() {
    var votes = attacked().snapshot();
    assertThat(check.compute(votes, ParticipantSignals.NONE, Set.of()))
        .isEqualTo(check.compute(votes, ParticipantSignals.NONE, Set.of()));
  }
}
