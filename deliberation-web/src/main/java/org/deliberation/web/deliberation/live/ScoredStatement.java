package org.deliberation.web.deliberation.live;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.deliberation.core.synthesis.StatementScore;
import org.jspecify.annotations.Nullable;

/**
 * A statement in a list of the synthesis, with its counts overall and per group.
 *
 * @param text null for a statement hidden by a moderator since (a synthesis of the past may list it)
 * @param score what the list ranks by: group-informed consensus for consensus and shared disagreement, the dissent
 *     score for dissent, representativeness for a group's statements (see {@code docs/synthesis.md})
 * @param bridging the statement's group-free bridging score (see {@link StatementView#bridging()}); null when it was
 *     not computed (too few votes)
 */
public record ScoredStatement(
    String statement,
    @Nullable String text,
    String kind,
    int agree,
    int disagree,
    int pass,
    double score,
    List<GroupTally> groups,
    // Always present, null until computed: every statement carries it.
    @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Double bridging) {

  public ScoredStatement {
    groups = List.copyOf(groups);
  }

  /** A score of the engine, with the statement's text as the public sees it (null if hidden) and its kind. */
  public static ScoredStatement of(StatementScore score, @Nullable String text, String kind) {
    return new ScoredStatement(
        score.statement(),
        text,
        kind,
        score.agree(),
        score.disagree(),
        score.pass(),
        score.score(),
        score.groups().stream()
            .map(g -> new GroupTally(g.group(), g.agree(), g.disagree(), g.pass()))
            .toList(),
        Double.isNaN(score.bridging()) ? null : score.bridging());
  }
}
