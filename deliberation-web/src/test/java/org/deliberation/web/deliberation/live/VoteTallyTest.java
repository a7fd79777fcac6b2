package org.deliberation.web.deliberation.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.deliberation.core.statement.Vote;
import org.deliberation.core.synthesis.OpinionGroup;
import org.deliberation.core.synthesis.StatementScore;
import org.deliberation.core.synthesis.StatementScore.GroupVotes;
import org.deliberation.core.synthesis.Synthesis;
import org.junit.jupiter.api.Test;

class VoteTallyTest {

  private final VoteTally tally = new VoteTally();
  private final VoteLog log = new VoteLog();

  @Test
  void aVoteCountsOnceAndAChangedMindMovesItsCount() {
    tally.added();
    assertThat(cast(0, "s1", "ann", Vote.AGREE)).isEqualTo(VoteLog.NONE);
    cast(0, "s1", "bob", Vote.PASS);
    assertThat(cast(0, "s1", "ann", Vote.DISAGREE)).isEqualTo(Vote.AGREE.value());

    assertThat(tally.tally(0)).isEqualTo(new Tally(0, 1, 1));
    assertThat(tally.count(0, 1)).isEqualTo(1);
    assertThat(tally.votesOf("ann", List.of())).isEmpty();
    assertThat(tally.groups(0)).as("no clustering yet").isEmpty();
  }

  @Test
  void aClusteringGivesEachStatementItsGroupsCountsAndLaterVotesCountInTheVotersGroup() {
    tally.added();
    tally.added();
    cast(0, "s1", "ann", Vote.AGREE);
    cast(0, "s1", "cy", Vote.DISAGREE);
    int logged = log.size();
    // Cast while the clustering was computed: it did not see them.
    cast(0, "s1", "bob", Vote.AGREE);
    cast(0, "s1", "ann", Vote.PASS);

    tally.regroup(clustering(), Map.of("s1", 0, "s2", 1)::get, log, logged, log::voter);

    assertThat(tally.groups(0))
        .containsExactly(new GroupTally("A", 1, 0, 1), new GroupTally("B", 0, 1, 0));
    assertThat(tally.groups(1))
        .containsExactly(new GroupTally("A", 0, 0, 0), new GroupTally("B", 0, 0, 0));
    assertThat(tally.groupOfParticipants()).isEqualTo(Map.of("ann", "A", "bob", "A", "cy", "B"));

    cast(1, "s2", "cy", Vote.AGREE);
    cast(1, "s2", "dan", Vote.AGREE);

    assertThat(tally.groups(1))
        .as("dan is in no group yet")
        .containsExactly(new GroupTally("A", 0, 0, 0), new GroupTally("B", 1, 0, 0));
    assertThat(tally.tally(1)).isEqualTo(new Tally(2, 0, 0));
  }

  @Test
  void aStatementPostedAfterAClusteringHasARowForEachGroup() {
    tally.added();
    tally.regroup(clustering(), id -> id.equals("s1") ? 0 : -1, log, 0, log::voter);
    tally.added();

    assertThat(tally.groups(1)).extracting(GroupTally::group).containsExactly("A", "B");
  }

  @Test
  void keepsEachParticipantsCurrentVoteForTheSynthesisAndLeavesHiddenStatementsOut() {
    tally.added();
    tally.added();
    cast(0, "s1", "ann", Vote.AGREE);
    cast(1, "s2", "ann", Vote.DISAGREE);
    cast(1, "s2", "bob", Vote.AGREE);
    var s1 = new StatementRecord(Events.contribution("s1", "One."), null, 0, 1);
    var s2 = new StatementRecord(Events.contribution("s2", "Two."), null, 1, 2);

    assertThat(tally.votesOf("ann", List.of(s1, s2)))
        .containsExactly(Map.entry("s1", Vote.AGREE), Map.entry("s2", Vote.DISAGREE));
    assertThat(tally.snapshot().voteCount()).isEqualTo(3);
    assertThat(tally.snapshot().moderatedOut().isEmpty()).isTrue();

    tally.moderate("s2", true);
    var hiding = tally.snapshot();
    assertThat(hiding.moderatedOut().stream().mapToObj(hiding.statements()::get))
        .containsExactly("s2");
    tally.moderate("s2", false);
    assertThat(tally.snapshot().moderatedOut().isEmpty()).isTrue();
  }

  private int cast(int row, String statement, String participant, Vote vote) {
    int replaced = tally.count(row, statement, participant, vote.value(), 0);
    log.add(
        log.row(participant),
        row,
        vote.value(),
        replaced,
        0,
        log.size(),
        tally.count(row, 0),
        tally.count(row, 1),
        tally.count(row, 2));
    return replaced;
  }

  @Test
  void eachStatementKeepsItsBridgingScoreFromTheLastSynthesisAndNullWhenNotFitted() {
    tally.added();
    tally.added();
    var fitted =
        new StatementScore("s1", 1, 1, 0, 0.1, List.of(), 0.21, -0.4, 0.1); // bridging 0.21
    var unfitted = new StatementScore("s2", 0, 0, 0, 0, List.of()); // bridging NaN
    tally.regroup(synthesisOf(fitted, unfitted), Map.of("s1", 0, "s2", 1)::get, log, 0, log::voter);

    assertThat(tally.bridging(0)).isEqualTo(0.21);
    assertThat(tally.bridging(1)).as("too few votes to fit it").isNull();

    // s1 hidden since: the next synthesis does not score it, and its old score is not kept.
    tally.regroup(synthesisOf(unfitted), Map.of("s1", 0, "s2", 1)::get, log, 0, log::voter);
    assertThat(tally.bridging(0)).isNull();
  }

  @Test
  void theVotesReachTheSynthesisWithTheInstantsTheyWereCastAt() {
    tally.added();
    tally.count(0, "s1", "ann", Vote.AGREE.value(), 1_000);
    tally.count(0, "s1", "bob", Vote.AGREE.value(), 4_000);

    var votes = tally.snapshot();
    assertThat(votes.castAt()).isNotNull();
    assertThat(votes.castAt()[votes.participants().indexOf("bob")]).containsExactly(4_000L);
  }

  private static Synthesis synthesisOf(StatementScore... scores) {
    return new Synthesis(
        0, 0, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(scores), List.of());
  }

  /** Ann and Bob in A, Cy in B; on s1 the clustering saw Ann agree and Cy disagree. */
  private static Synthesis clustering() {
    var s1 =
        new StatementScore(
            "s1",
            1,
            1,
            0,
            0.1,
            List.of(new GroupVotes("A", 1, 0, 0), new GroupVotes("B", 0, 1, 0)));
    var s2 =
        new StatementScore(
            "s2", 0, 0, 0, 0, List.of(new GroupVotes("A", 0, 0, 0), new GroupVotes("B", 0, 0, 0)));
    return new Synthesis(
        3,
        2,
        List.of(
            new OpinionGroup("A", List.of("ann", "bob"), List.of()),
            new OpinionGroup("B", List.of("cy"), List.of())),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(s1, s2),
        List.of());
  }
}
