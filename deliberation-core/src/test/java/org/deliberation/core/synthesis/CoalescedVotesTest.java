package org.deliberation.core.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoalescedVotesTest {

  private static VoteMatrix votes() {
    var history = new VoteHistory();
    history.vote("honest", "s0", 1);
    history.vote("a", "s0", 1);
    history.vote("a", "s1", -1);
    history.vote("b", "s0", 1);
    history.vote("b", "s1", 1);
    history.vote("c", "s0", -1);
    history.vote("c", "s2", 0);
    history.vote("late", "s2", 1);
    history.tick();
    return history.snapshot();
  }

  @Test
  void countsAGroupAsOneVoterWithItsPluralityVoteWhereItsFirstMemberWas() {
    var votes = votes();
    var result = CoalescedVotes.of(votes, List.of(Set.of("a", "b", "c")));

    var merged = result.votes();
    assertThat(merged.participants()).containsExactly("honest", "a", "late");
    assertThat(result.merged()).isEqualTo(1);
    assertThat(merged.vote(1, 0)).isEqualTo((byte) 1); // two agrees, one disagree
    assertThat(merged.vote(1, 1)).isEqualTo((byte) 0); // one each: a tie is a pass
    assertThat(merged.vote(1, 2)).isEqualTo((byte) 0);
    assertThat(result.rowOf()).containsExactly(0, 1, 1, 1, 2);
    assertThat(result.members()[1]).containsExactly(1, 2, 3);
    assertThat(merged.inConversation().get(1)).isTrue();
  }

  @Test
  void mergesOverlappingGroupsAndIgnoresStrangers() {
    var result = CoalescedVotes.of(votes(), List.of(Set.of("a", "b"), Set.of("b", "c", "nobody")));

    assertThat(result.votes().participants()).containsExactly("honest", "a", "late");
  }

  @Test
  void changesNothingWithoutGroups() {
    var votes = votes();
    var result = CoalescedVotes.of(votes, List.of(Set.of("a"), Set.of("nobody")));

    assertThat(result.votes()).isSameAs(votes);
    assertThat(result.merged()).isZero();
  }
}
