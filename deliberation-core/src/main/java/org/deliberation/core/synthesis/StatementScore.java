package org.deliberation.core.synthesis;

import java.util.List;

/**
 * A statement's votes, overall and per opinion group, with the score of the list it appears in.
 *
 * @param score what the list ranks by: group-informed consensus, dissent, or representativeness
 */
public record StatementScore(String statement, int agree, int disagree, int pass, double score,
    List<GroupVotes> groups) {

  public StatementScore {
    groups = List.copyOf(groups);
  }

  public int seen() {
    return agree + disagree + pass;
  }

  StatementScore withScore(double newScore) {
    return new StatementScore(statement, agree, disagree, pass, newScore, groups);
  }

  /** One group's votes on a statement. */
  public record GroupVotes(String group, int agree, int disagree, int pass) {}
}
