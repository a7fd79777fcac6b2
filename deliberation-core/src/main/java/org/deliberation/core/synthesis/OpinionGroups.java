package org.deliberation.core.synthesis;

import java.util.Arrays;

/**
 * Opinion groups as Pol.is forms them ({@code conversation.clj}): the places of the participants in the conversation
 * are first gathered into at most 100 base clusters; the base clusters, weighted by their sizes, are then grouped by
 * k-means for every k from 2 to {@code min(5, 2 + bases / 12)}, and the k with the best silhouette wins (a tie goes
 * to the larger k). Silhouettes are measured between base-cluster centres, as Pol.is does.
 */
public final class OpinionGroups {

  static final int BASE_CLUSTERS = 100;
  static final int BASE_ITERATIONS = 100;
  static final int GROUP_ITERATIONS = 20;
  static final int MAX_GROUPS = 5;

  /**
   * The grouping.
   *
   * @param groupOfRow each row's group, or -1 for a participant not in the conversation
   * @param silhouette the chosen grouping's silhouette, from -1 to 1
   */
  public record Result(
      int groups, int[] groupOfRow, double silhouette, double[][] baseCentres, int[] groupOfBase) {}

  public static Result cluster(VoteMatrix votes, double[][] places) {
    var rows = votes.inConversation().stream().toArray();
    var groupOfRow = new int[votes.rows()];
    Arrays.fill(groupOfRow, -1);
    if (rows.length == 0) {
      return new Result(0, groupOfRow, 0, new double[0][], new int[0]);
    }
    var points = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      points[i] = places[rows[i]];
    }
    var ones = new double[rows.length];
    Arrays.fill(ones, 1);
    var base = KMeans.run(points, ones, BASE_CLUSTERS, BASE_ITERATIONS);
    var baseWeights = new double[base.size()];
    for (int cluster : base.assignment()) {
      baseWeights[cluster]++;
    }

    int maxGroups = Math.min(MAX_GROUPS, 2 + base.size() / 12);
    Result best = null;
    for (int k = 2; k <= maxGroups && k <= base.size(); k++) {
      var groups = KMeans.run(base.centres(), baseWeights, k, GROUP_ITERATIONS);
      double silhouette = silhouette(base.centres(), groups.assignment());
      var rowsGroups = new int[votes.rows()];
      Arrays.fill(rowsGroups, -1);
      for (int i = 0; i < rows.length; i++) {
        rowsGroups[rows[i]] = groups.assignment()[base.assignment()[i]];
      }
      var result =
          new Result(groups.size(), rowsGroups, silhouette, base.centres(), groups.assignment());
      if (best == null || silhouette >= best.silhouette()) {
        best = result;
      }
    }
    if (best == null) {
      for (int row : rows) {
        groupOfRow[row] = 0;
      }
      return new Result(1, groupOfRow, 0, base.centres(), new int[base.size()]);
    }
    return best;
  }

  /** The unweighted mean silhouette of the points; a point alone in its group scores 0. */
  static double silhouette(double[][] points, int[] group) {
    int groups = Arrays.stream(group).max().orElse(-1) + 1;
    double total = 0;
    for (int i = 0; i < points.length; i++) {
      var sum = new double[groups];
      var count = new int[groups];
      for (int j = 0; j < points.length; j++) {
        if (j != i) {
          sum[group[j]] += KMeans.distance(points[i], points[j]);
          count[group[j]]++;
        }
      }
      if (count[group[i]] == 0) {
        continue;
      }
      double a = sum[group[i]] / count[group[i]];
      double b = Double.POSITIVE_INFINITY;
      for (int g = 0; g < groups; g++) {
        if (g != group[i] && count[g] > 0) {
          b = Math.min(b, sum[g] / count[g]);
        }
      }
      if (b == Double.POSITIVE_INFINITY) {
        continue;
      }
      double max = Math.max(a, b);
      total += max == 0 ? 0 : (b - a) / max;
    }
    return points.length == 0 ? 0 : total / points.length;
  }

  private OpinionGroups() {}
}
