package org.deliberation.core.synthesis;

import java.util.SplittableRandom;

/**
 * The two principal components of the vote matrix and each participant's place on them, as Pol.is computes them
 * ({@code pca.clj}), on the sparse matrix without densifying it.
 *
 * <p>Pol.is fills a missing vote with its column's mean and centres each column; a filled cell is then exactly 0, so
 * {@code X = (x_ij - c_j)} over the cast votes only, and {@code XᵀX v} is two passes over the votes. Components come
 * from power iteration (100 rounds at most), the second orthogonalized against the first at each round, from a start
 * vector drawn from a seeded generator: Pol.is starts from an unseeded one, which is why two of its runs can differ.
 *
 * <p>A participant's place is Pol.is's sparsity-aware projection, {@code sqrt(m / n_i) Σ_j (x_ij - c_j) pc_j} over
 * the statements they voted on, so that people who voted on few statements are not pulled to the centre.
 */
final class ReferencePca {

  static final int ITERATIONS = 100;

  /** The components (two unit vectors over the columns), the column centres, and each row's 2-D place. */
  public record Result(double[] first, double[] second, double[] centre, double[][] places) {}

  public static Result compute(VoteMatrix votes, long seed) {
    int cols = votes.cols();
    var centre = centre(votes);
    var random = new SplittableRandom(seed);
    var first = powerIteration(votes, centre, start(cols, random), null);
    var second = powerIteration(votes, centre, start(cols, random), first);
    var places = new double[votes.rows()][];
    for (int row = 0; row < votes.rows(); row++) {
      places[row] = place(votes, centre, first, second, row);
    }
    return new Result(first, second, centre, places);
  }

  /** Column means over the cast votes; a moderated-out column is zero for everyone, so its mean is 0. */
  static double[] centre(VoteMatrix votes) {
    var sum = new double[votes.cols()];
    var count = new int[votes.cols()];
    for (int row = 0; row < votes.rows(); row++) {
      var columns = votes.columns()[row];
      var values = votes.values()[row];
      for (int k = 0; k < columns.length; k++) {
        sum[columns[k]] += values[k];
        count[columns[k]]++;
      }
    }
    var centre = new double[votes.cols()];
    for (int j = 0; j < centre.length; j++) {
      centre[j] = votes.moderatedOut().get(j) || count[j] == 0 ? 0 : sum[j] / count[j];
    }
    return centre;
  }

  private static double[] start(int cols, SplittableRandom random) {
    var v = new double[cols];
    for (int j = 0; j < cols; j++) {
      v[j] = random.nextDouble() - 0.5;
    }
    return normalize(v);
  }

  private static double[] powerIteration(
      VoteMatrix votes, double[] centre, double[] start, double[] orthogonalTo) {
    var v = start;
    if (orthogonalTo != null) {
      v = normalize(orthogonalize(v, orthogonalTo));
    }
    double previous = Double.NaN;
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      var next = gram(votes, centre, v);
      if (orthogonalTo != null) {
        next = orthogonalize(next, orthogonalTo);
      }
      double eigenvalue = norm(next);
      if (eigenvalue == 0) {
        return v;
      }
      v = scale(next, 1 / eigenvalue);
      if (eigenvalue == previous) {
        break;
      }
      previous = eigenvalue;
    }
    return v;
  }

  /** {@code XᵀX v}: one pass to get {@code Xv} per row, one to spread it back over the columns. */
  private static double[] gram(VoteMatrix votes, double[] centre, double[] v) {
    var out = new double[v.length];
    for (int row = 0; row < votes.rows(); row++) {
      var columns = votes.columns()[row];
      var values = votes.values()[row];
      double xv = 0;
      for (int k = 0; k < columns.length; k++) {
        xv += cell(votes, centre, columns[k], values[k]) * v[columns[k]];
      }
      if (xv != 0) {
        for (int k = 0; k < columns.length; k++) {
          out[columns[k]] += cell(votes, centre, columns[k], values[k]) * xv;
        }
      }
    }
    return out;
  }

  private static double cell(VoteMatrix votes, double[] centre, int column, byte value) {
    return votes.moderatedOut().get(column) ? 0 : value - centre[column];
  }

  private static double[] place(
      VoteMatrix votes, double[] centre, double[] first, double[] second, int row) {
    var columns = votes.columns()[row];
    var values = votes.values()[row];
    double x = 0;
    double y = 0;
    int moderatedNotVoted = 0;
    for (int j = votes.moderatedOut().nextSetBit(0);
        j >= 0;
        j = votes.moderatedOut().nextSetBit(j + 1)) {
      if (java.util.Arrays.binarySearch(columns, j) < 0) {
        moderatedNotVoted++;
      }
    }
    for (int k = 0; k < columns.length; k++) {
      double d = cell(votes, centre, columns[k], values[k]);
      x += d * first[columns[k]];
      y += d * second[columns[k]];
    }
    // Moderated-out columns are zeroed for everyone, so Pol.is counts them as voted.
    int seen = Math.max(1, columns.length + moderatedNotVoted);
    double scale = Math.sqrt((double) votes.cols() / seen);
    return new double[] {x * scale, y * scale};
  }

  private static double[] orthogonalize(double[] v, double[] unit) {
    double dot = dot(v, unit);
    var out = new double[v.length];
    for (int j = 0; j < v.length; j++) {
      out[j] = v[j] - dot * unit[j];
    }
    return out;
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int j = 0; j < a.length; j++) {
      sum += a[j] * b[j];
    }
    return sum;
  }

  private static double norm(double[] v) {
    return Math.sqrt(dot(v, v));
  }

  private static double[] scale(double[] v, double factor) {
    var out = new double[v.length];
    for (int j = 0; j < v.length; j++) {
      out[j] = v[j] * factor;
    }
    return out;
  }

  private static double[] normalize(double[] v) {
    double n = norm(v);
    return n == 0 ? v : scale(v, 1 / n);
  }

  private ReferencePca() {}
}
