package org.deliberation.web.deliberation.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.deliberation.core.project.Stage;
import org.deliberation.core.synthesis.StatementScore;
import org.deliberation.core.synthesis.Synthesis;
import org.jspecify.annotations.Nullable;

/** Builds a synthesis as the API shows it, with the statements' texts as the public sees them now. */
final class SynthesisViews {

  /**
   * @param at for a synthesis of the past, the instant it shows; null for the live one
   * @param stage the project's stage at that instant (or now)
   */
  static SynthesisView of(
      String project,
      Synthesis result,
      long position,
      Instant computedAt,
      @Nullable Instant at,
      Stage stage,
      StatementBoard board) {
    var groups =
        result.groups().stream()
            .map(
                group ->
                    new GroupView(
                        group.label(), group.size(), scored(group.representative(), board)))
            .toList();
    return new SynthesisView(
        project,
        position,
        computedAt,
        at,
        stage.name(),
        result.participants(),
        result.votes(),
        groups,
        scored(result.consensus(), board),
        scored(result.sharedDisagreement(), board),
        scored(result.dissent(), board),
        scored(result.uncertain(), board));
  }

  private static List<ScoredStatement> scored(List<StatementScore> scores, StatementBoard board) {
    var out = new ArrayList<ScoredStatement>(scores.size());
    for (var score : scores) {
      var record = board.get(score.statement());
      if (record == null) {
        continue;
      }
      // A synthesis of the past may list a statement hidden since: it keeps its place and counts,
      // not its text.
      out.add(
          ScoredStatement.of(
              score, record.hidden() ? null : record.posted.text(), record.posted.kind().name()));
    }
    return out;
  }

  /** The participants' places on the two principal components, as of the last clustering. */
  static List<MapPoint> places(Synthesis synthesis) {
    return synthesis.places().stream()
        .map(place -> new MapPoint(place.participant(), place.x(), place.y(), place.group()))
        .toList();
  }

  private SynthesisViews() {}
}
