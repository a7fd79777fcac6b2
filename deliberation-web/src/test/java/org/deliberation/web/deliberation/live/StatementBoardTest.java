package org.deliberation.web.deliberation.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deliberation.web.deliberation.live.Events.at;
import static org.deliberation.web.deliberation.live.Events.contribution;
import static org.deliberation.web.deliberation.live.Events.flagged;
import static org.deliberation.web.deliberation.live.Events.hidden;
import static org.deliberation.web.deliberation.live.Events.restored;
import static org.deliberation.web.deliberation.live.Events.viewpoint;

import java.util.List;
import java.util.Map;
import org.deliberation.core.integrity.CoordinatedGroup;
import org.deliberation.core.integrity.IntegrityReport;
import org.deliberation.core.statement.Relation;
import org.deliberation.core.statement.StatementKind;
import org.deliberation.core.synthesis.StatementScore;
import org.deliberation.core.synthesis.Synthesis;
import org.junit.jupiter.api.Test;

class StatementBoardTest {

  private final StatementBoard board = new StatementBoard();

  @Test
  void statementsAreRowsInTheOrderPostedAndAStatementPostedTwiceIsKeptOnce() {
    var first = board.post(contribution("s1", "Open on Sundays."), "Ann", 10);
    board.post(contribution("s2", "Close at ten."), "Bob", 11);

    assertThat(board.post(contribution("s1", "Open on Sundays."), "Ann", 12)).isNull();
    assertThat(board.size()).isEqualTo(2);
    assertThat(board.get("s1")).isSameAs(first);
    assertThat(board.at(1).id()).isEqualTo("s2");
    assertThat(board.indexOf("s2")).isEqualTo(1);
    assertThat(board.indexOf("unknown")).isEqualTo(-1);
  }

  @Test
  void aStatementKnowsTheOnesThatSupportOrContradictIt() {
    var target = board.post(contribution("s1", "Open on Sundays."), "Ann", 1);
    var contra =
        board.post(
            viewpoint("v1", "Nobody comes on Sundays.", "s1", Relation.CONTRADICTS), "Eve", 2);
    var orphan =
        board.post(
            viewpoint("v2", "Links to nothing here.", "elsewhere", Relation.SUPPORTS), "Eve", 3);

    assertThat(target.inbound).containsExactly(contra);
    assertThat(board.target(contra)).isSameAs(target);
    assertThat(board.target(orphan)).isNull();
    assertThat(board.target(target)).isNull();
  }

  @Test
  void selectsByKindAndVisibilityMostRecentFirstOrByScoreWithTiesToTheMostRecent() {
    board.post(contribution("s1", "One."), "Ann", 1);
    board.post(viewpoint("v1", "Two.", null, null), "Eve", 2);
    board.post(contribution("s2", "Three."), "Ann", 3);
    board.post(contribution("s3", "Four."), "Ann", 4);
    board.get("s3").trail.apply(hidden("s3", "spam"), at(1));

    assertThat(ids(board.select(null, false, null))).containsExactly("s2", "v1", "s1");
    assertThat(ids(board.select(null, true, null))).containsExactly("s3", "s2", "v1", "s1");
    assertThat(ids(board.select(StatementKind.CONTRIBUTION, false, null)))
        .containsExactly("s2", "s1");

    var scores = Map.of("s1", 0.9, "v1", 0.2, "s2", 0.2);
    assertThat(ids(board.select(null, false, record -> scores.get(record.id()))))
        .containsExactly("s1", "s2", "v1");
  }

  @Test
  void ranksByTheSynthesisScoresUnscoredStatementsCountingZero() {
    board.post(contribution("s1", "One."), "Ann", 1);
    board.post(contribution("s2", "Two."), "Ann", 2);
    board.post(contribution("s3", "Three."), "Ann", 3);
    var scored =
        List.of(
            new StatementScore("s1", 9, 0, 0, 0.8, List.of()),
            new StatementScore(
                "s2",
                5,
                5,
                0,
                -0.5,
                List.of(
                    new StatementScore.GroupVotes("A", 5, 0, 0),
                    new StatementScore.GroupVotes("B", 0, 5, 0))));
    var synthesis =
        new Synthesis(
            10, 19, List.of(), List.of(), List.of(), List.of(), List.of(), scored, List.of());

    assertThat(StatementBoard.ranking(synthesis, StatementOrder.RECENT)).isNull();
    assertThat(
            ids(
                board.select(
                    null, false, StatementBoard.ranking(synthesis, StatementOrder.CONSENSUS))))
        .containsExactly("s1", "s3", "s2");
    assertThat(
            ids(board.select(
                    null, false, StatementBoard.ranking(synthesis, StatementOrder.DISSENT)))
                .getFirst())
        .as("the statement the groups split on")
        .isEqualTo("s2");
  }

  @Test
  void moderatorsAreWaitedForByReportedStatementsAndHiddenOnes() {
    board.post(contribution("quiet", "Nobody reported me."), "Ann", 1);
    board.post(contribution("reported", "Reported."), "Ann", 2);
    board.post(contribution("answered", "Reported, then kept."), "Ann", 3);
    board.post(contribution("hidden", "Hidden."), "Ann", 4);
    board.get("reported").trail.apply(flagged("reported", "bob", "rude"), at(1));
    board.get("answered").trail.apply(flagged("answered", "bob", "rude"), at(1));
    board.get("answered").trail.apply(restored("answered", "fine"), at(2));
    board.get("hidden").trail.apply(hidden("hidden", "spam"), at(2));

    assertThat(board.awaitingModeration().stream().map(item -> item.record().id()))
        .containsExactly("reported", "hidden");
    assertThat(board.hiddenAt(at(1))).isEmpty();
    assertThat(board.hiddenAt(at(3))).containsExactly("hidden");
  }

  @Test
  void aBurstOfTwentyFlagsFromOneCoordinatedGroupRanksBelowThreeIndependentReporters() {
    board.post(contribution("burst", "Reported by a brigade."), "Ann", 1);
    board.post(contribution("fair", "Reported by three people."), "Ann", 2);
    var brigade = new java.util.ArrayList<String>();
    for (int i = 0; i < 20; i++) {
      brigade.add("bot" + i);
      board.get("burst").trail.apply(flagged("burst", "bot" + i, "spam"), at(1));
    }
    for (var person : List.of("ann", "bob", "cy")) {
      board.get("fair").trail.apply(flagged("fair", person, "rude"), at(1));
    }
    assertThat(board.awaitingModeration().stream().map(item -> item.record().id()))
        .as("before any coordinated group is known, every report counts")
        .containsExactly("burst", "fair");

    board.reviewFlagsWith(
        new IntegrityReport(List.of(new CoordinatedGroup(brigade, 0.9, true, List.of(), null))));

    var queue = board.awaitingModeration();
    assertThat(queue).extracting(item -> item.record().id()).containsExactly("fair", "burst");
    assertThat(queue).extracting(item -> item.reporters().independent()).containsExactly(3, 1);
    assertThat(queue.get(1).reporters().flaggers()).isEqualTo(20);
    assertThat(board.get("burst").hidden()).as("reports never hide by themselves").isFalse();
  }

  @Test
  void pairsShownContradictionsTheContradictedStatementFirst() {
    board.post(contribution("s1", "Open on Sundays."), "Ann", 1);
    board.post(viewpoint("v1", "Nobody comes on Sundays.", "s1", Relation.CONTRADICTS), "Eve", 2);
    board.post(viewpoint("v2", "Families would come.", "s1", Relation.SUPPORTS), "Eve", 3);
    board.post(viewpoint("v3", "Hidden contradiction.", "s1", Relation.CONTRADICTS), "Eve", 4);
    board.get("v3").trail.apply(hidden("v3", "spam"), at(1));

    assertThat(board.contradictions())
        .singleElement()
        .satisfies(pair -> assertThat(ids(pair)).containsExactly("s1", "v1"));
  }

  @Test
  void anErasedAuthorsStatementsStayAsAFormerParticipants() {
    board.post(contribution("s1", "Mine."), "Ann", 1);
    board.post(contribution("s2", "Someone else's."), "Bob", 2);

    board.authorErased("author-of-s1", "a former participant");

    assertThat(board.get("s1").authorErased).isTrue();
    assertThat(board.get("s1").authorName).isEqualTo("a former participant");
    assertThat(board.get("s2").authorName).isEqualTo("Bob");
  }

  private static List<String> ids(List<StatementRecord> records) {
    return records.stream().map(StatementRecord::id).toList();
  }
}
