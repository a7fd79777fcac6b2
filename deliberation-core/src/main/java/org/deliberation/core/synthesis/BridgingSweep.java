package org.deliberation.core.synthesis;

import java.util.Arrays;

/**
 * The two passes over the votes of one sweep of {@link BridgingFactorization}, each over ranges of rows on every
 * core ({@link RowChunks}): every statement's 2×2 solve from its voters' sums, then every participant's from theirs.
 */
final class BridgingSweep {

  // One range of participants: each (i_u, f_u) solved on (1, f_n); returns Σ e, Σ e², the penalty.
  static double[] participants(
      VoteMatrix votes,
      RowChunks chunks,
      int chunk,
      boolean[] fittedRow,
      boolean[] fittedColumn,
      double mu,
      double[] ic,
      double[] fc,
      double[] iu,
      double[] fu,
      double alphaRowIntercept,
      double alphaRowFactor,
      int rowsFitted) {
    double sumE = 0;
    double sumE2 = 0;
    double penalty = 0;
    for (int row = chunks.from(chunk); row < chunks.to(chunk); row++) {
      if (!fittedRow[row]) {
        continue;
      }
      double c = 0;
      double sf = 0;
      double sff = 0;
      double sz = 0;
      double szf = 0;
      var columns = votes.columns()[row];
      var values = votes.values()[row];
      for (int k = 0; k < columns.length; k++) {
        int j = columns[k];
        if (!fittedColumn[j]) {
          continue;
        }
        double f = fc[j];
        double z = BridgingFactorization.rating(values[k]) - mu - ic[j];
        c++;
        sf += f;
        sff += f * f;
        sz += z;
        szf += z * f;
      }
      double a = c + alphaRowIntercept;
      double d = sff + alphaRowFactor;
      double det = a * d - sf * sf;
      double i = (d * sz - sf * szf) / det;
      double f = (a * szf - sf * sz) / det;
      iu[row] = i;
      fu[row] = f;
      penalty +=
          (BridgingFactorization.INTERCEPT_LAMBDA * i * i
                  + BridgingFactorization.FACTOR_LAMBDA * f * f)
              / rowsFitted;
      for (int k = 0; k < columns.length; k++) {
        int j = columns[k];
        if (fittedColumn[j]) {
          double e = BridgingFactorization.rating(values[k]) - mu - i - ic[j] - f * fc[j];
          sumE += e;
          sumE2 += e * e;
        }
      }
    }
    return new double[] {sumE, sumE2, penalty};
  }

  // Statements: each (i_n, f_n) solves a 2×2 ridge regression on (1, f_u). Returns the largest
  // change.
  static double statements(
      VoteMatrix votes,
      RowChunks chunks,
      boolean[] fittedRow,
      boolean[] fittedColumn,
      double mu,
      double[] iu,
      double[] fu,
      double[] count,
      double[] sums,
      double[] ic,
      double[] fc,
      double alphaIntercept,
      double alphaFactor) {
    int m = votes.cols();
    double moved = 0;
    var partial =
        chunks.map(
            chunk -> {
              var out = chunk == 0 ? sums : new double[4 * m];
              Arrays.fill(out, 0);
              for (int row = chunks.from(chunk); row < chunks.to(chunk); row++) {
                if (!fittedRow[row]) {
                  continue;
                }
                double f = fu[row];
                double base = mu + iu[row];
                var columns = votes.columns()[row];
                var values = votes.values()[row];
                for (int k = 0; k < columns.length; k++) {
                  int j = columns[k];
                  if (!fittedColumn[j]) {
                    continue;
                  }
                  double z = BridgingFactorization.rating(values[k]) - base;
                  int at = 4 * j;
                  out[at] += f;
                  out[at + 1] += f * f;
                  out[at + 2] += z;
                  out[at + 3] += z * f;
                }
              }
              return out;
            },
            double[][]::new);
    for (int chunk = 1; chunk < partial.length; chunk++) {
      var add = partial[chunk];
      for (int at = 0; at < sums.length; at++) {
        sums[at] += add[at];
      }
    }
    for (int j = 0; j < m; j++) {
      if (fittedColumn[j]) {
        int at = 4 * j;
        double a = count[j] + alphaIntercept;
        double b = sums[at];
        double d = sums[at + 1] + alphaFactor;
        double det = a * d - b * b;
        double intercept = (d * sums[at + 2] - b * sums[at + 3]) / det;
        double factor = (a * sums[at + 3] - b * sums[at + 2]) / det;
        moved = Math.max(moved, Math.max(Math.abs(intercept - ic[j]), Math.abs(factor - fc[j])));
        ic[j] = intercept;
        fc[j] = factor;
      }
    }
    return moved;
  }

  private BridgingSweep() {}
}
