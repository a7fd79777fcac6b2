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
 * <p><b>When it stops.</b> Pol.is stops early only when the eigenvalue estimate repeats exactly, which in floating
 * point it hardly ever does: it runs its 100 rounds. We stop as soon as the unit vector moves by less than
 * {@link #TOLERANCE} in a round, or at 100 rounds. What the 100 rounds would add moves a place by about the tolerance
 * times its length: nothing a map, a k-means tie or a list can show ({@code PcaEquivalenceTest} bounds it against the
 * 100-round reference, groups identical). On the benchmark's 33,422 × 783 conversation both components settle in 59
 * rounds instead of 200.
 *
 * <p><b>On both cores.</b> A round's pass over the votes runs over ranges of rows ({@link RowChunks}) whose partial
 * sums are added in range order, so the result does not depend on the threads.
 *
 * <p>A participant's place is Pol.is's sparsity-aware projection, {@code sqrt(m / n_i) Σ_j (x_ij - c_j) pc_j} over
 * the statements they voted on, so that people who voted on few statements are not pulled to the centre.
 */
public final class Pca {

  static final int ITERATIONS = 100;

  /** A component is settled when a round moves its unit vector by less (Euclidean norm of the change). */
  static final double TOLERANCE = 1e-9;

  /**
   * The components (two unit vectors over the columns), the column centres, and each row's 2-D place.
   *
   * @param rounds the power iteration rounds run, both components together: the work is {@code rounds} × 2 passes
   *     over the votes
   */
  public record Result(
      double[] first, double[] second, double[] centre, double[][] places, int rounds) {}

  public static Result compute(VoteMatrix votes, long seed) {
    int cols = votes.cols();
    var centre = centre(votes);
    // Each column's centred cell for a disagree, a pass and an agree: 0 for a moderated-out column.
    var cell = new double[3 * cols];
    for (int j = 0; j < cols; j++) {
      if (!votes.moderatedOut().get(j)) {
        for (int v = -1; v <= 1; v++) {
          cell[3 * j + v + 1] = v - centre[j];
        }
      }
    }
    var chunks = RowChunks.of(votes);
    var random = new SplittableRandom(seed);
    var rounds = new int[1];
    var first = powerIteration(votes, chunks, cell, start(cols, random), null, rounds);
    var second = powerIteration(votes, chunks, cell, start(cols, random), first, rounds);
    var places = new double[votes.rows()][];
    int moderated = votes.moderatedOut().cardinality();
    chunks.run(
        chunk -> {
          for (int row = chunks.from(chunk); row < chunks.to(chunk); row++) {
            places[row] = place(votes, cell, first, second, row, moderated);
          }
        });
    return new Result(first, second, centre, places, rounds[0]);
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
      VoteMatrix votes,
      RowChunks chunks,
      double[] cell,
      double[] start,
      double[] orthogonalTo,
      int[] rounds) {
    var v = start;
    if (orthogonalTo != null) {
      v = normalize(orthogonalize(v, orthogonalTo));
    }
    double previous = Double.NaN;
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      rounds[0]++;
      var next = gram(votes, chunks, cell, v);
      if (orthogonalTo != null) {
        next = orthogonalize(next, orthogonalTo);
      }
      double eigenvalue = norm(next);
      if (eigenvalue == 0) {
        return v;
      }
      next = scale(next, 1 / eigenvalue);
      double moved = distance(next, v);
      v = next;
      if (eigenvalue == previous || moved < TOLERANCE) {
        break;
      }
      previous = eigenvalue;
    }
    return v;
  }

  /** {@code XᵀX v}: per range of rows, {@code Xv} per row spread back over the columns; ranges added in order. */
  private static double[] gram(VoteMatrix votes, RowChunks chunks, double[] cell, double[] v) {
    var partial =
        chunks.map(
            chunk -> {
              var out = new double[v.length];
              for (int row = chunks.from(chunk); row < chunks.to(chunk); row++) {
                var columns = votes.columns()[row];
                var values = votes.values()[row];
                double xv = 0;
                for (int k = 0; k < columns.length; k++) {
                  xv += cell[3 * columns[k] + values[k] + 1] * v[columns[k]];
                }
                if (xv != 0) {
                  for (int k = 0; k < columns.length; k++) {
                    out[columns[k]] += cell[3 * columns[k] + values[k] + 1] * xv;
                  }
                }
              }
              return out;
            },
            double[][]::new);
    var out = partial[0];
    for (int chunk = 1; chunk < partial.length; chunk++) {
      var add = partial[chunk];
      for (int j = 0; j < out.length; j++) {
        out[j] += add[j];
      }
    }
    return out;
  }

  private static double[] place(
      VoteMatrix votes, double[] cell, double[] first, double[] second, int row, int moderated) {
    var columns = votes.columns()[row];
    var values = votes.values()[row];
    double x = 0;
    double y = 0;
    int moderatedVoted = 0;
    for (int k = 0; k < columns.length; k++) {
      if (moderated > 0 && votes.moderatedOut().get(columns[k])) {
        moderatedVoted++;
      }
      double d = cell[3 * columns[k] + values[k] + 1];
      x += d * first[columns[k]];
      y += d * second[columns[k]];
    }
    // Moderated-out columns are zeroed for everyone, so Pol.is counts them as voted.
    int seen = Math.max(1, columns.length + moderated - moderatedVoted);
    double scale = Math.sqrt((double) votes.cols() / seen);
    return new double[] {x * scale, y * scale};
  }

  private static double distance(double[] a, double[] b) {
    double sum = 0;
    for (int j = 0; j < a.length; j++) {
      double d = a[j] - b[j];
      sum += d * d;
    }
    return Math.sqrt(sum);
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

  private Pca() {}
}
