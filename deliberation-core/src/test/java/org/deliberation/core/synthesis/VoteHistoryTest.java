package org.deliberation.core.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VoteHistoryTest {

  @Test
  void theLastVoteOnAStatementWins() {
    var history = new VoteHistory();
    history.vote("p", "s", 1);
    history.vote("p", "s", -1);

    var votes = history.snapshot();
    assertThat(votes.vote(0, 0)).isEqualTo((byte) -1);
    assertThat(votes.voteCount()).isEqualTo(1);
    assertThat(history.current("p", "s")).isEqualTo(-1);
    assertThat(history.current("p", "other")).isEqualTo(VoteHistory.NONE);
    assertThat(history.current("someone else", "s")).isEqualTo(VoteHistory.NONE);
  }

  @Test
  void joinsTheConversationAtSevenVotesOrAllStatementsWhenFewer() {
    var history = new VoteHistory();
    for (int p = 0; p < VoteHistory.MIN_MEMBERS; p++) {
      for (int s = 0; s < 10; s++) {
        history.vote("seed" + p, "s" + s, 1); // ten statements exist, and fifteen who voted on all
      }
    }
    for (int s = 0; s < 6; s++) {
      history.vote("six", "s" + s, 1);
    }
    for (int s = 0; s < 7; s++) {
      history.vote("seven", "s" + s, 0); // passes count
    }
    history.tick();

    var votes = history.snapshot();
    assertThat(votes.inConversation().get(votes.participants().indexOf("six"))).isFalse();
    assertThat(votes.inConversation().get(votes.participants().indexOf("seven"))).isTrue();
  }

  @Test
  void anEarlyParticipantJoinsWithFewVotesAndStays() {
    var history = new VoteHistory();
    history.vote("early", "s0", 1, 0); // one statement so far: one vote is all of them
    for (int p = 0; p < 20; p++) {
      for (int s = 1; s < 10; s++) {
        history.vote("later" + p, "s" + s, 1, 5_000 + p);
      }
    }

    var votes = history.snapshot();
    assertThat(votes.inConversation().get(votes.participants().indexOf("early"))).isTrue();
  }

  @Test
  void judgesACountAtTheEndOfTheBatchNotInTheMiddle() {
    var history = new VoteHistory();
    history.vote(
        "hasty", "s0", 1, 0); // alone on the only statement: enough, were the batch to end here
    for (int p = 0; p < VoteHistory.MIN_MEMBERS; p++) {
      for (int s = 0; s < 7; s++) {
        history.vote(
            "p" + p, "s" + s, 1, 100 + p); // same second: by the end of it, seven statements exist
      }
    }
    history.tick();

    var votes = history.snapshot();
    assertThat(votes.inConversation().get(votes.participants().indexOf("hasty"))).isFalse();
    assertThat(votes.inConversation().cardinality()).isEqualTo(VoteHistory.MIN_MEMBERS);
  }

  @Test
  void aStatementModeratedOutBeforeAnyVoteRaisesNobodysBar() {
    var history = new VoteHistory();
    history.moderate("hidden", true);
    for (int p = 0; p <= VoteHistory.MIN_MEMBERS; p++) {
      history.vote("p" + p, "s0", 1); // one statement with votes: one vote is all of them
    }
    history.tick();

    var votes = history.snapshot();
    assertThat(votes.statements()).containsExactly("s0");
    assertThat(votes.inConversation().cardinality()).isEqualTo(VoteHistory.MIN_MEMBERS + 1);
  }

  @Test
  void aModeratedStatementKeepsItsColumnAndIsMarked() {
    var history = new VoteHistory();
    history.vote("p", "s0", 1);
    history.vote("p", "s1", 1);
    history.moderate("s1", true);
    assertThat(history.snapshot().moderatedOut().get(1)).isTrue();
    history.moderate("s1", false);
    assertThat(history.snapshot().moderatedOut().isEmpty()).isTrue();
  }

  @Test
  void timedVotesEndABatchEverySecondAsManualTicksWould() {
    var random = new java.util.Random(3);
    var timed = new VoteHistory();
    var manual = new VoteHistory();
    long batchEnd = Long.MIN_VALUE;
    long now = 0;
    for (int i = 0; i < 3_000; i++) {
      now += random.nextInt(400);
      var participant = "p" + random.nextInt(60);
      var statement = "s" + random.nextInt(1 + i / 100);
      int value = random.nextInt(3) - 1;
      timed.vote(participant, statement, value, now);
      if (now >= batchEnd) {
        manual.tick();
        batchEnd = now + VoteHistory.BATCH_MILLIS;
      }
      manual.vote(participant, statement, value);
    }
    assertThat(timed.snapshot().inConversation()).isEqualTo(manual.snapshot().inConversation());
    assertThat(timed.snapshot().castAt()).isNotNull();
    assertThat(manual.snapshot().castAt()).isNull();
  }

  /**
   * Many participants arriving while few statements exist is where the rule's edge cases live: the bar rises within a
   * batch, the top-up competes with the threshold. Random histories of that shape, against a transcription of
   * Pol.is's rule.
   */
  @Test
  void admitsExactlyWhomPolissRuleAdmits() {
    for (long seed = 0; seed < 200; seed++) {
      var random = new java.util.Random(seed);
      var history = new VoteHistory();
      var rows = new java.util.ArrayList<PolisData.VoteRow>();
      long now = 0;
      int participants = 5 + random.nextInt(60);
      for (int i = 0; i < 40 + random.nextInt(400); i++) {
        now += random.nextInt(random.nextBoolean() ? 50 : 1_500);
        var participant = "p" + random.nextInt(participants);
        var statement = "s" + random.nextInt(1 + Math.min(12, i / (1 + random.nextInt(20))));
        int value = random.nextInt(3) - 1;
        history.vote(participant, statement, value, now);
        rows.add(new PolisData.VoteRow(now, statement, participant, value));
      }
      var expected = PolisInConversation.replay(rows, VoteHistory.BATCH_MILLIS, null).members();
      var votes = history.snapshot();
      var actual =
          votes.inConversation().stream()
              .mapToObj(votes.participants()::get)
              .collect(java.util.stream.Collectors.toSet());
      assertThat(actual).as("seed %d", seed).isEqualTo(expected);
    }
  }

  @Test
  void leavesExcludedParticipantsOutAndKeepsTheRest() {
    var history = new VoteHistory();
    for (int p = 0; p < 20; p++) {
      for (int s = 0; s < 8; s++) {
        history.vote("p" + p, "s" + s, p % 2 == 0 ? 1 : -1, 1_000L * p + s);
      }
    }
    var all = history.snapshot();
    var some = all.without(java.util.Set.of("p0", "p3", "nobody"));

    assertThat(some.participants()).hasSize(18).doesNotContain("p0", "p3");
    assertThat(some.statements()).isEqualTo(all.statements());
    assertThat(some.voteCount()).isEqualTo(all.voteCount() - 16);
    assertThat(some.inConversation().cardinality()).isEqualTo(18);
    assertThat(some.castAt()[0][0]).isEqualTo(1_000L);
    assertThat(all.without(java.util.Set.of("nobody"))).isSameAs(all);
  }

  @Test
  void topsMembershipUpToFifteenWithTheMostActiveVoters() {
    var history = new VoteHistory();
    for (int s = 0; s < 20; s++) {
      history.vote("seed", "s" + s, 1);
    }
    for (int p = 0; p < 20; p++) {
      for (int s = 0; s <= p % 5; s++) {
        history.vote("p" + p, "s" + s, 1);
      }
    }
    history.tick();

    var votes = history.snapshot();
    assertThat(votes.inConversation().cardinality()).isEqualTo(15);
    assertThat(votes.inConversation().get(votes.participants().indexOf("p4"))).isTrue();
  }

  @Test
  void refusesAVoteOutsideMinusOneToOne() {
    assertThatThrownBy(() -> new VoteHistory().vote("p", "s", 2))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
