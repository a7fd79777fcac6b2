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
    for (int s = 0; s < 10; s++) {
      history.vote("seed", "s" + s, 1); // ten statements exist
    }
    for (int s = 0; s < 6; s++) {
      history.vote("six", "s" + s, 1);
    }
    for (int s = 0; s < 7; s++) {
      history.vote("seven", "s" + s, 0); // passes count
    }

    var votes = history.snapshot();
    assertThat(votes.inConversation().get(votes.participants().indexOf("six"))).isFalse();
    assertThat(votes.inConversation().get(votes.participants().indexOf("seven"))).isTrue();
  }

  @Test
  void anEarlyParticipantJoinsWithFewVotesAndStays() {
    var history = new VoteHistory();
    history.vote("early", "s0", 1); // one statement so far: one vote is all of them
    for (int s = 1; s < 10; s++) {
      history.vote("later", "s" + s, 1);
    }

    var votes = history.snapshot();
    assertThat(votes.inConversation().get(votes.participants().indexOf("early"))).isTrue();
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
    assertThatThrownBy(() -> new VoteHistory().vote("p", "s", 2)).isInstanceOf(IllegalArgumentException.class);
  }
}
