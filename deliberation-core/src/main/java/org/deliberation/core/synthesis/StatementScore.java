package org.deliberation.core.synthesis;

import java.util.List;

/**
 * A statement's votes, overall and per opinion group, with the score of the list it appears in.
 *
 * @param score what the list ranks by: group-informed consensus (in {@link Synthesis#statements()}, Pol.is's, on
 *     every account's votes; in the consensus list, {@code robustConsensus}), dissent, or representativeness
 * @param bridging the group-free bridging score: the statement's intercept {@code i_n} in the one-factor matrix
 *     factorization ({@link BridgingFactorization}), high only when participants on both sides of the viewpoint axis
 *     agree; {@code NaN} when too few took part in the conversation's votes on it
 * @param bridgingFactor the statement's factor {@code f_n}: how much agreement with it follows the viewpoint axis;
 *     {@code NaN} likewise
 * @param robustConsensus group-informed consensus with each coordinated group counted as one voter and the groups
 *     formed on those votes ({@link RobustConsensus}); equal to Pol.is's when no group is coordinated
 */
public record StatementScore(
    String statement,
    int agree,
    int disagree,
    int pass,
    double score,
    List<GroupVotes> groups,
    double bridging,
    double bridgingFactor,
    double robustConsensus) {

  public StatementScore {
    groups = List.copyOf(groups);
  }

  /** A score without the robust figures (bridging unknown, robust consensus equal to {@code score}). */
  public StatementScore(
      String statement, int agree, int disagree, int pass, double score, List<GroupVotes> groups) {
    this(statement, agree, disagree, pass, score, groups, Double.NaN, Double.NaN, score);
  }

  public int seen() {
    return agree + disagree + pass;
  }

  StatementScore withScore(double newScore) {
    return new StatementScore(
        statement,
        agree,
        disagree,
        pass,
        newScore,
        groups,
        bridging,
        bridgingFactor,
        robustConsensus);
  }

  StatementScore withRobust(double newBridging, double newFactor, double newRobustConsensus) {
    return new StatementScore(
        statement,
        agree,
        disagree,
        pass,
        score,
        groups,
        newBridging,
        newFactor,
        newRobustConsensus);
  }

  /** One group's votes on a statement. */
  public record GroupVotes(String group, int agree, int disagree, int pass) {}
}
