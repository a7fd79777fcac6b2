package org.deliberation.core.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.deliberation.core.testing.Property;
import org.junit.jupiter.api.Test;

/**
 * {@link VoteHistory} (primitive rows shared with its snapshots, only the rows that grew judged at a batch's end)
 * against {@link ReferenceVoteHistory} (boxed maps, every row judged at every batch's end): the same snapshots, the
 * same replaced votes, at every step of random histories of timed and untimed votes, re-votes, ticks and moderation.
 */
class VoteHistoryEquivalenceTest {

  sealed interface Step {}

  record Vote(String participant, String statement, int value, long at) implements Step {}

  record Tick() implements Step {}

  record Moderate(String statement, boolean out) implements Step {}

  record Snapshot() implements Step {}

  @Test
  void snapshotsAndRepliesAreTheReferences() {
    Property.forAll(16, 300, VoteHistoryEquivalenceTest::steps, VoteHistoryEquivalenceTest::replay);
  }

  @Test
  void aSnapshotKeepsItsVotesWhileTheHistoryGoesOn() {
    var history = new VoteHistory();
    history.vote("p", "s", 1, 10);
    var before = history.snapshot();
    history.vote("p", "s", -1, 20);
    history.vote("p", "t", 0, 30);

    assertThat(before.vote(0, 0)).isEqualTo((byte) 1);
    assertThat(before.votesOf(0)).isEqualTo(1);
    assertThat(before.castAt()[0]).containsExactly(10L);
    assertThat(history.snapshot().vote(0, 0)).isEqualTo((byte) -1);
  }

  private static List<Step> steps(SplittableRandom random) {
    var steps = new ArrayList<Step>();
    int participants = 1 + random.nextInt(40);
    int statements = 1 + random.nextInt(14);
    boolean timed = random.nextBoolean();
    long at = 0;
    for (int i = 0, n = random.nextInt(400); i < n; i++) {
      double draw = random.nextDouble();
      if (draw < 0.05) {
        steps.add(new Tick());
      } else if (draw < 0.08) {
        steps.add(new Moderate("s" + random.nextInt(statements + 2), random.nextBoolean()));
      } else if (draw < 0.12) {
        steps.add(new Snapshot());
      } else {
        at += random.nextInt(1_500);
        steps.add(
            new Vote(
                "p" + random.nextInt(participants),
                "s" + random.nextInt(statements),
                random.nextInt(3) - 1,
                timed || random.nextInt(4) == 0 ? at : VoteHistory.UNKNOWN));
      }
    }
    steps.add(new Snapshot());
    return steps;
  }

  private static void replay(List<Step> steps) {
    var history = new VoteHistory();
    var reference = new ReferenceVoteHistory();
    for (var step : steps) {
      switch (step) {
        case Vote vote -> {
          int replaced =
              vote.at() == VoteHistory.UNKNOWN
                  ? history.vote(vote.participant(), vote.statement(), vote.value())
                  : history.vote(vote.participant(), vote.statement(), vote.value(), vote.at());
          int expected =
              vote.at() == VoteHistory.UNKNOWN
                  ? reference.vote(vote.participant(), vote.statement(), vote.value())
                  : reference.vote(vote.participant(), vote.statement(), vote.value(), vote.at());
          assertThat(replaced).isEqualTo(expected);
          assertThat(history.current(vote.participant(), vote.statement())).isEqualTo(vote.value());
        }
        case Tick tick -> {
          history.tick();
          reference.tick();
        }
        case Moderate moderate -> {
          history.moderate(moderate.statement(), moderate.out());
          reference.moderate(moderate.statement(), moderate.out());
        }
        case Snapshot snapshot -> assertSameMatrix(history.snapshot(), reference.snapshot());
      }
    }
  }

  static void assertSameMatrix(VoteMatrix actual, VoteMatrix expected) {
    assertThat(actual.participants()).isEqualTo(expected.participants());
    assertThat(actual.statements()).isEqualTo(expected.statements());
    assertThat(actual.columns()).isDeepEqualTo(expected.columns());
    assertThat(actual.values()).isDeepEqualTo(expected.values());
    assertThat(actual.inConversation()).isEqualTo(expected.inConversation());
    assertThat(actual.moderatedOut()).isEqualTo(expected.moderatedOut());
    if (expected.castAt() == null) {
      assertThat(actual.castAt()).isNull();
    } else {
      assertThat(actual.castAt()).isDeepEqualTo(expected.castAt());
    }
  }
}
