package org.deliberation.web.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.deliberation.core.project.Stage;
import org.deliberation.web.deliberation.live.ScoredStatement;
import org.deliberation.web.deliberation.live.SynthesisView;
import org.junit.jupiter.api.Test;

/** Which statements are points, in what order, where each stood then and now, and which are left unanswered. */
class SynthesisPointsTest {

  static final Instant AT = Instant.parse("2026-06-01T09:00:00Z");

  private static ScoredStatement scored(String id, double score) {
    return new ScoredStatement(id, "text " + id, "CONTRIBUTION", 1, 0, 0, score, List.of(), null);
  }

  private static SynthesisView synthesis(
      List<ScoredStatement> consensus, List<ScoredStatement> dissent) {
    return new SynthesisView(
        "p",
        1,
        AT,
        null,
        "SYNTHESIS",
        10,
        100,
        List.of(),
        consensus,
        List.of(),
        dissent,
        List.of());
  }

  @Test
  void thePointsAsTheyStoodComeFirstThenThoseThatJoinedAListSinceEachWithBothStandings() {
    var then =
        SynthesisPoints.listed(synthesis(List.of(scored("a", 0.9)), List.of(scored("b", 0.5))));
    var now =
        SynthesisPoints.listed(synthesis(List.of(scored("c", 0.8)), List.of(scored("a", 0.3))));
    var answer = new CommitmentView("a", "TAKEN_UP", "yes", AT, "official");

    var view =
        SynthesisPoints.view(
            "p",
            Stage.SYNTHESIS,
            AT,
            then,
            now,
            Map.of("a", List.of(answer)),
            id -> id.equals("b") ? null : "text " + id);

    assertThat(view.items())
        .extracting(AccountabilityView.Point::statement)
        .containsExactly("a", "b", "c");
    var a = view.items().get(0);
    assertThat(a.list()).isEqualTo("CONSENSUS");
    assertThat(a.score()).isEqualTo(0.9);
    assertThat(a.atSynthesis()).isEqualTo(new AccountabilityView.Standing("CONSENSUS", 0.9));
    assertThat(a.now()).isEqualTo(new AccountabilityView.Standing("DISSENT", 0.3));
    assertThat(a.decision()).isEqualTo("TAKEN_UP");
    assertThat(view.items().get(1).now()).isNull();
    assertThat(view.items().get(1).text()).isNull();
    assertThat(view.items().get(2).atSynthesis()).isNull();
    assertThat(view.items().get(2).list()).isEqualTo("CONSENSUS");
    assertThat(view.unanswered()).isEqualTo(2);
    assertThat(view.items()).noneMatch(AccountabilityView.Point::unanswered);
  }

  @Test
  void onceDecidedThePointsWithoutAnAnswerAreMarkedAndTheLastAnswerIsInForce() {
    var then =
        SynthesisPoints.listed(synthesis(List.of(scored("a", 0.9), scored("b", 0.7)), List.of()));
    var answers =
        Map.of(
            "a",
            List.of(
                new CommitmentView("a", "DEFERRED", "later", AT, "official"),
                new CommitmentView("a", "REJECTED", "too costly", AT.plusSeconds(60), "official")));

    var view = SynthesisPoints.view("p", Stage.DECIDED, AT, then, Map.of(), answers, id -> "t");

    assertThat(view.items().get(0))
        .extracting(
            AccountabilityView.Point::decision,
            AccountabilityView.Point::reason,
            AccountabilityView.Point::revisions,
            AccountabilityView.Point::unanswered)
        .containsExactly("REJECTED", "too costly", 2, false);
    assertThat(view.items().get(1).unanswered()).isTrue();
    assertThat(view.unanswered()).isEqualTo(1);
  }

  @Test
  void aStatementInBothListsCountsOnceWhereItStandsFirst() {
    var listed =
        SynthesisPoints.listed(
            synthesis(List.of(scored("a", 0.9)), List.of(scored("a", 0.4), scored("b", 0.2))));
    assertThat(listed.keySet()).containsExactly("a", "b");
    assertThat(listed.get("a").list()).isEqualTo("CONSENSUS");
  }
}
