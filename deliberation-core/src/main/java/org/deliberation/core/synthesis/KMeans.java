package org.deliberation.core.synthesis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Weighted k-means in two dimensions, as Pol.is runs it ({@code clusters.clj}): each point goes to its nearest centre
 * (a tie goes to the later cluster), empty clusters are dropped, centres become the weighted means, until no centre
 * moves by 0.01 or more.
 *
 * <p>Starts are deterministic: the first {@code k} distinct points, in the order given.
 */
final class KMeans {

  static final double TOLERANCE = 0.01;

  /** The clusters found: their centres, and the cluster of each point. */
  record Clusters(double[][] centres, int[] assignment) {

    int size() {
      return centres.length;
    }
  }

  static Clusters run(double[][] points, double[] weights, int k, int maxIterations) {
    return run(points, weights, firstDistinct(points, k), maxIterations);
  }

  static Clusters run(double[][] points, double[] weights, double[][] start, int maxIterations) {
    var centres = start;
    var assignment = assign(points, centres);
    for (int iteration = 0; iteration < maxIterations; iteration++) {
      var next = means(points, weights, assignment, centres.length);
      boolean settled = next.length == centres.length && maxMove(centres, next) < TOLERANCE;
      centres = next;
      assignment = assign(points, centres);
      if (settled) {
        break;
      }
    }
    return new Clusters(centres, assignment);
  }

  static double[][] firstDistinct(double[][] points, int k) {
    var chosen = new ArrayList<double[]>();
    for (var point : points) {
      if (chosen.size() == k) {
        break;
      }
      if (chosen.stream().noneMatch(c -> Arrays.equals(c, point))) {
        chosen.add(point.clone());
      }
    }
    return chosen.toArray(double[][]::new);
  }

  /** Each point's nearest centre; ranges of points on every core (each point's answer is its own: exact). */
  static int[] assign(double[][] points, double[][] centres) {
    var assignment = new int[points.length];
    var chunks = RowChunks.even(points.length, POINTS_PER_CHUNK);
    chunks.run(
        chunk -> {
          for (int i = chunks.from(chunk); i < chunks.to(chunk); i++) {
            double best = Double.POSITIVE_INFINITY;
            double x = points[i][0];
            double y = points[i][1];
            for (int c = 0; c < centres.length; c++) {
              double dx = x - centres[c][0];
              double dy = y - centres[c][1];
              double d = dx * dx + dy * dy;
              if (d <= best) {
                best = d;
                assignment[i] = c;
              }
            }
          }
        });
    return assignment;
  }

  /** Below this many points a range is not worth a thread (a point costs a distance per centre). */
  static final int POINTS_PER_CHUNK = 4_096;

  // Weighted means of the non-empty clusters; empty ones are dropped and the others keep their
  // order.
  private static double[][] means(double[][] points, double[] weights, int[] assignment, int k) {
    var sum = new double[k][2];
    var mass = new double[k];
    for (int i = 0; i < points.length; i++) {
      int c = assignment[i];
      sum[c][0] += points[i][0] * weights[i];
      sum[c][1] += points[i][1] * weights[i];
      mass[c] += weights[i];
    }
    List<double[]> centres = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      if (mass[c] > 0) {
        centres.add(new double[] {sum[c][0] / mass[c], sum[c][1] / mass[c]});
      }
    }
    return centres.toArray(double[][]::new);
  }

  private static double maxMove(double[][] before, double[][] after) {
    double max = 0;
    for (int c = 0; c < before.length; c++) {
      max = Math.max(max, Math.sqrt(distanceSquared(before[c], after[c])));
    }
    return max;
  }

  static double distance(double[] a, double[] b) {
    return Math.sqrt(distanceSquared(a, b));
  }

  static double distanceSquared(double[] a, double[] b) {
    double dx = a[0] - b[0];
    double dy = a[1] - b[1];
    return dx * dx + dy * dy;
  }

  private KMeans() {}
}
