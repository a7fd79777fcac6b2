package org.deliberation.core.integrity;

import java.util.Comparator;
import java.util.List;
import org.deliberation.core.synthesis.StatementScore;
import org.deliberation.core.synthesis.Synthesis;
import org.deliberation.core.synthesis.SynthesisSettings;

/**
 * The undefended lists, for comparison: Pol.is's rule on Pol.is's groups and every account's votes, as the engine
 * applied it before the robust rule (consensus: certain, every group's smoothed agreement above ½, ranked by
 * group-informed consensus; dissent: one group mostly agreeing while another mostly disagrees).
 */
final class PolisRule {

  static List<String> consensus(Synthesis synthesis) {
    var settings = SynthesisSettings.DEFAULTS;
    return synthesis.statements().stream()
        .filter(score -> certain(score) && every(score))
        .sorted(
            Comparator.comparingDouble(StatementScore::score)
                .reversed()
                .thenComparing(StatementScore::statement))
        .limit(settings.listSize())
        .map(StatementScore::statement)
        .toList();
  }

  static List<String> dissent(Synthesis synthesis) {
    var settings = SynthesisSettings.DEFAULTS;
    if (synthesis.groups().size() < 2) {
      return List.of();
    }
    return synthesis.statements().stream()
        .filter(score -> certain(score) && dissent(score) > 0.25)
        .sorted(
            Comparator.comparingDouble((StatementScore score) -> dissent(score))
                .reversed()
                .thenComparing(StatementScore::statement))
        .limit(settings.listSize())
        .map(StatementScore::statement)
        .toList();
  }

  static boolean certain(StatementScore score) {
    var settings = SynthesisSettings.DEFAULTS;
    return score.seen() >= settings.minVotes()
        && (double) score.pass() / score.seen() <= settings.maxPassShare();
  }

  static boolean every(StatementScore score) {
    for (var group : score.groups()) {
      int seen = group.agree() + group.disagree() + group.pass();
      if ((group.agree() + 1.0) / (seen + 2.0) <= 0.5) {
        return false;
      }
    }
    return true;
  }

  static double dissent(StatementScore score) {
    double max = 0;
    for (var g : score.groups()) {
      for (var h : score.groups()) {
        if (g != h) {
          double agree = (g.agree() + 1.0) / (g.agree() + g.disagree() + g.pass() + 2.0);
          double disagree = (h.disagree() + 1.0) / (h.agree() + h.disagree() + h.pass() + 2.0);
          max = Math.max(max, agree * disagree);
        }
      }
    }
    return max;
  }

  private PolisRule() {}
}
