package org.deliberation.web.deliberation.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.deliberation.core.synthesis.VoteHistory;
import org.junit.jupiter.api.Test;

class VoteLogTest {

  private final VoteLog log = new VoteLog();

  @Test
  void givesEachVoterARowAtTheirFirstVote() {
    assertThat(log.voted("ann")).isFalse();
    assertThat(log.row("ann")).isZero();
    assertThat(log.row("bob")).isEqualTo(1);
    assertThat(log.row("ann")).isZero();

    assertThat(log.voted("ann")).isTrue();
    assertThat(log.voters()).isEqualTo(2);
    assertThat(log.voter(1)).isEqualTo("bob");
  }

  @Test
  void keepsEveryVoteWithTheCountsJustAfterItAndFindsTheFirstAfterAPosition() {
    log.add(0, 0, 1, VoteLog.NONE, 1_000, 10, 1, 0, 0);
    log.add(1, 0, -1, VoteLog.NONE, 2_000, 12, 1, 1, 0);
    log.add(0, 0, 0, 1, 3_000, 15, 0, 1, 1);

    assertThat(log.size()).isEqualTo(3);
    assertThat(log.previous(2)).isEqualTo(1);
    assertThat(log.previous(0)).isEqualTo(VoteLog.NONE);
    assertThat(new int[] {log.count(2, 0), log.count(2, 1), log.count(2, 2)})
        .containsExactly(0, 1, 1);
    assertThat(log.firstAfter(-1)).isZero();
    assertThat(log.firstAfter(10)).isEqualTo(1);
    assertThat(log.firstAfter(11)).isEqualTo(1);
    assertThat(log.firstAfter(15)).isEqualTo(3);
  }

  @Test
  void growsPastItsFirstArraysWithoutLosingAVote() {
    for (int i = 0; i < 5_000; i++) {
      log.add(log.row("p" + i), i % 7, 1, VoteLog.NONE, i, i, i, 0, 0);
    }
    assertThat(log.size()).isEqualTo(5_000);
    assertThat(log.statement(4_999)).isEqualTo(4_999 % 7);
    assertThat(log.castAt(4_321)).isEqualTo(4_321);
    assertThat(log.count(4_999, 0)).isEqualTo(4_999);
    assertThat(log.firstAfter(2_500)).isEqualTo(2_501);
  }

  @Test
  void replaysTheVotesCastByAnInstantInTheOrderRecorded() {
    String[] statements = {"s1", "s2"};
    log.add(log.row("ann"), 0, 1, VoteLog.NONE, 1_000, 10, 1, 0, 0);
    log.add(log.row("bob"), 1, -1, VoteLog.NONE, 2_000, 11, 0, 1, 0);
    // Imported late with its own earlier time: replayed, and its position is the latest.
    log.add(log.row("ann"), 0, -1, 1, 1_500, 12, 0, 1, 0);
    log.add(log.row("cy"), 0, 1, VoteLog.NONE, 9_000, 13, 1, 1, 0);

    var past = log.replay(2_000, row -> statements[row]);

    assertThat(past.position()).isEqualTo(12);
    assertThat(past.history().current("ann", "s1"))
        .as("the later of Ann's two votes")
        .isEqualTo(-1);
    assertThat(past.history().current("bob", "s2")).isEqualTo(-1);
    assertThat(past.history().current("cy", "s1"))
        .as("cast after the instant")
        .isEqualTo(VoteHistory.NONE);
    assertThat(log.replay(500, row -> statements[row]).position())
        .as("nothing cast yet")
        .isEqualTo(-1);
  }
}
