package org.deliberation.web.deliberation;

import java.util.List;

/**
 * A statement in a list of the synthesis, with its counts overall and per group.
 *
 * @param score what the list ranks by: group-informed consensus for consensus and shared disagreement, the dissent
 *     score for dissent, representativeness for a group's statements (see {@code docs/synthesis.md})
 */
public record ScoredStatement(String statement, String text, String kind, int agree, int disagree, int pass,
    double score, List<GroupTally> groups) {

  public ScoredStatement {
    groups = List.copyOf(groups);
  }
}
