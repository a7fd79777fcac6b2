package org.deliberation.core.synthesis;

/**
 * Pol.is's group-informed consensus: for each statement, the product over the opinion groups of each group's
 * Laplace-smoothed probability of agreeing, {@code Π_g (A_g + 1) / (S_g + 2)}, where {@code A_g} counts the group's
 * agrees and {@code S_g} all its votes, passes included. A statement scores high only when every group agrees.
 */
public final class GroupInformedConsensus {

  /** The consensus of every column; a column no group member voted on scores {@code (1/2)^groups}. */
  public static double[] of(VoteMatrix votes, int[] groupOfRow, int groups) {
    var agree = new int[groups][votes.cols()];
    var seen = new int[groups][votes.cols()];
    for (int row = 0; row < votes.rows(); row++) {
      int group = groupOfRow[row];
      if (group < 0) {
        continue;
      }
      var columns = votes.columns()[row];
      var values = votes.values()[row];
      for (int k = 0; k < columns.length; k++) {
        seen[group][columns[k]]++;
        if (values[k] > 0) {
          agree[group][columns[k]]++;
        }
      }
    }
    var consensus = new double[votes.cols()];
    for (int j = 0; j < votes.cols(); j++) {
      double product = 1;
      for (int g = 0; g < groups; g++) {
        product *= (agree[g][j] + 1.0) / (seen[g][j] + 2.0);
      }
      consensus[j] = product;
    }
    return consensus;
  }

  private GroupInformedConsensus() {}
}
