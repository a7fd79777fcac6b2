package org.deliberation.core.synthesis;

import java.util.ArrayList;
import java.util.List;

/** Agree, disagree and pass counts per statement, overall and per group, from one pass over the votes. */
final class Counts {

  private final int[] agree;
  private final int[] disagree;
  private final int[] pass;
  private final int[][][] byGroup; // [group][column][0 agree, 1 disagree, 2 pass]
  private final VoteMatrix votes;

  private Counts(VoteMatrix votes, int groups) {
    this.votes = votes;
    this.agree = new int[votes.cols()];
    this.disagree = new int[votes.cols()];
    this.pass = new int[votes.cols()];
    this.byGroup = new int[groups][votes.cols()][3];
  }

  static Counts of(VoteMatrix votes, int[] groupOfRow, int groups) {
    var counts = new Counts(votes, groups);
    for (int row = 0; row < votes.rows(); row++) {
      int group = groupOfRow[row];
      var columns = votes.columns()[row];
      var values = votes.values()[row];
      for (int k = 0; k < columns.length; k++) {
        int j = columns[k];
        int kind = values[k] > 0 ? 0 : values[k] < 0 ? 1 : 2;
        switch (kind) {
          case 0 -> counts.agree[j]++;
          case 1 -> counts.disagree[j]++;
          default -> counts.pass[j]++;
        }
        if (group >= 0) {
          counts.byGroup[group][j][kind]++;
        }
      }
    }
    return counts;
  }

  StatementScore score(int column, List<String> labels, double score) {
    var groups = new ArrayList<StatementScore.GroupVotes>(labels.size());
    for (int g = 0; g < labels.size(); g++) {
      var c = byGroup[g][column];
      groups.add(new StatementScore.GroupVotes(labels.get(g), c[0], c[1], c[2]));
    }
    groups.sort(java.util.Comparator.comparing(StatementScore.GroupVotes::group));
    return new StatementScore(
        votes.statements().get(column),
        agree[column],
        disagree[column],
        pass[column],
        score,
        groups);
  }
}
