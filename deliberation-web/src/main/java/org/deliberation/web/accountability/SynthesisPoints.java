package org.deliberation.web.accountability;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.deliberation.core.project.Stage;
import org.deliberation.web.deliberation.live.ScoredStatement;
import org.deliberation.web.deliberation.live.SynthesisView;
import org.jspecify.annotations.Nullable;

/**
 * The points the authority answers: the statements of the consensus and dissent lists when the project entered
 * SYNTHESIS, then those that joined a list since, each with its place in both syntheses and its answers. Linear in
 * the lists and the answers.
 */
final class SynthesisPoints {

  private SynthesisPoints() {}

  /** Every statement of the consensus or dissent of one synthesis, consensus first, by its list's order. */
  static Map<String, AccountabilityView.Standing> listed(SynthesisView synthesis) {
    var points = new LinkedHashMap<String, AccountabilityView.Standing>();
    add(points, synthesis.consensus(), "CONSENSUS");
    add(points, synthesis.dissent(), "DISSENT");
    return points;
  }

  private static void add(
      Map<String, AccountabilityView.Standing> points, List<ScoredStatement> list, String name) {
    for (var scored : list) {
      points.putIfAbsent(scored.statement(), new AccountabilityView.Standing(name, scored.score()));
    }
  }

  /**
   * The view of the points.
   *
   * @param text a statement's text as the public sees it now, null if hidden or withdrawn
   */
  static AccountabilityView view(
      String project,
      Stage stage,
      @Nullable Instant synthesisAt,
      Map<String, AccountabilityView.Standing> then,
      Map<String, AccountabilityView.Standing> now,
      Map<String, List<CommitmentView>> answers,
      Function<String, @Nullable String> text) {
    var ids = new LinkedHashMap<String, Boolean>();
    then.keySet().forEach(id -> ids.put(id, true));
    now.keySet().forEach(id -> ids.putIfAbsent(id, true));
    var items = new ArrayList<AccountabilityView.Point>(ids.size());
    int unanswered = 0;
    for (var id : ids.keySet()) {
      var atSynthesis = then.get(id);
      var current = now.get(id);
      var shown = atSynthesis != null ? atSynthesis : current;
      var history = answers.getOrDefault(id, List.of());
      var last = history.isEmpty() ? null : history.getLast();
      if (last == null) {
        unanswered++;
      }
      items.add(
          new AccountabilityView.Point(
              id,
              text.apply(id),
              shown.list(),
              shown.score(),
              atSynthesis,
              current,
              last == null ? null : last.decision(),
              last == null ? null : last.reason(),
              last == null ? null : last.decidedAt(),
              history.size(),
              last == null && stage == Stage.DECIDED));
    }
    return new AccountabilityView(project, stage.name(), synthesisAt, items, unanswered);
  }
}
