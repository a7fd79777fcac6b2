package org.deliberation.core.synthesis;

import java.util.Arrays;
import java.util.BitSet;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * A group-free bridging score: Community Notes' one-factor matrix factorization [1] of the vote matrix,
 * {@code r̂_un = μ + i_u + i_n + f_u · f_n}, fitted to the votes mapped to Community Notes' scale (agree 1, pass ½,
 * disagree 0, as HELPFUL, SOMEWHAT_HELPFUL, NOT_HELPFUL), with its loss and regularization to the constant
 * ({@code matrix_factorization.py}, {@code MatrixFactorization._get_loss} and {@code _get_reg_loss}):
 *
 * <pre>
 *   L = mean over votes of (r − r̂)²
 *       + λ_f (mean_u f_u² + mean_n f_n²) + λ_i (mean_u i_u² + mean_n i_n² + μ²),   λ_f = 0.03, λ_i = 0.15
 * </pre>
 *
 * <p>Because the intercepts are penalised five times harder than the factors, agreement that follows a viewpoint is
 * cheaper to explain by {@code f_u · f_n} than by {@code i_n}: a statement earns a high intercept only when people
 * on both sides of the factor agree with it. Its intercept {@code i_n} is its bridging score, and {@code μ + i_n} the
 * agreement (on the 0–1 scale) expected from someone with no leaning along the factor.
 *
 * <p>Where we differ from Community Notes, and why:
 *
 * <ul>
 *   <li><b>Alternating least squares instead of Adam.</b> With one factor, the loss restricted to one statement's
 *       {@code (i_n, f_n)} (or one participant's {@code (i_u, f_u)}) is a 2×2 least-squares problem with a closed
 *       form, so each sweep solves every statement, then every participant, then {@code μ}, exactly. Each step can
 *       only lower the same loss, so the fit converges to a stationary point of Community Notes' objective,
 *       deterministically and in a few dozen sweeps (Adam at learning rate 1 needs hundreds of epochs). A sweep is
 *       two passes over the votes: one gathers every statement's sums, one solves every participant and gathers the
 *       residuals, from which {@code μ} and the loss follow in closed form. It stops, as Community Notes does, when
 *       the loss changes by less than {@code 1e-7}, or sooner when no statement's intercept or factor moved by
 *       {@code 1e-3} in a sweep: on 10,000 × 1,000 votes that halves the sweeps (17 instead of 29), the last of
 *       which only drift along a flat direction of the loss by a few ten-thousandths, which no decision at ½ and no
 *       score shown to two decimals can see.
 *   <li><b>On both cores.</b> Both passes of a sweep run over ranges of rows ({@link RowChunks}), their sums added in
 *       range order: the same fit on every run, within rounding of the one-thread fit ({@code
 *       BridgingEquivalenceTest}).
 *   <li><b>Seeded start.</b> Participant factors start from the first principal coordinate when the engine has it
 *       (the factor usually follows it: fewer sweeps), otherwise from a seeded uniform draw (Community Notes:
 *       xavier_uniform, unseeded unless asked); intercepts and statement factors at 0. Never from a previous
 *       synthesis: the bridging scores, like the groups, are a function of the votes alone (see {@link Start}).
 *   <li><b>Who is fitted.</b> The rows given (the engine passes the participants in the conversation) and the
 *       statements with at least {@code minVoters} of their votes (Community Notes: 5 raters per note); a
 *       moderated-out statement is left out. A statement left out has {@code NaN} parameters.
 *   <li><b>Sign</b> as in {@code _flip_factors_for_identification}: the larger share of participants gets a negative
 *       factor.
 * </ul>
 *
 * <p>[1] Wojcik et al., "Birdwatch: Crowd Wisdom and Bridging Algorithms can Inform Understanding and Reduce the
 * Spread of Misinformation", 2022; twitter/communitynotes, {@code scoring/src/scoring/matrix_factorization/}.
 */
public final class BridgingFactorization {

  /** Community Notes' {@code userFactorLambda} and {@code noteFactorLambda}. */
  public static final double FACTOR_LAMBDA = 0.03;

  /** Community Notes' {@code userInterceptLambda}, {@code noteInterceptLambda} and {@code globalInterceptLambda}. */
  public static final double INTERCEPT_LAMBDA = 0.03 * 5;

  /** Community Notes' {@code convergence}: stop when the loss changes by less. */
  static final double CONVERGENCE = 1e-7;

  static final int MAX_SWEEPS = 200;

  /** Or when no statement's intercept or factor moved by this much in a sweep: the scores' resolution. */
  static final double SETTLED = 1e-3;

  /**
   * The fitted model.
   *
   * @param mean the global intercept μ
   * @param intercept each column's {@code i_n}, the bridging score; {@code NaN} when the statement was not fitted
   * @param factor each column's {@code f_n}; {@code NaN} when not fitted
   * @param participantIntercept each row's {@code i_u}; {@code NaN} when not fitted
   * @param participantFactor each row's {@code f_u}; {@code NaN} when not fitted
   * @param loss the regularized loss reached
   */
  public record Result(
      double mean,
      double[] intercept,
      double[] factor,
      double[] participantIntercept,
      double[] participantFactor,
      int sweeps,
      double loss) {

    /** The agreement expected on column {@code j} from someone with no leaning along the factor: μ + i_n. */
    public double neutral(int column) {
      return mean + intercept[column];
    }
  }

  /** The vote on Community Notes' scale: agree 1, pass ½, disagree 0. */
  static double rating(byte vote) {
    return (vote + 1) / 2.0;
  }

  /**
   * Where a fit starts from.
   *
   * @param participantFactors one value per row to start the participant factors from (e.g. the first principal
   *     coordinate, which the factor usually follows), or null for a seeded draw
   * @param mean, {@code intercepts} and {@code factors}: the global intercept and one value per column (NaN where
   *     unknown), e.g. an earlier fit's; when most statements are known, the first sweep solves the participants
   *     from them, and a few sweeps then suffice. The fit then stops at another point of the loss's flat directions:
   *     on the open data, a start from the fit of 90% of the votes moves intercepts by up to 0.007 against a cold
   *     fit of all of them, and moves some statements' {@code μ + i_n} across ½. So the engine never starts
   *     from a previous synthesis (its result would depend on which recomputations happened); it passes only the
   *     principal coordinates, a function of the same votes
   */
  public record Start(
      double @Nullable [] participantFactors,
      double mean,
      double @Nullable [] intercepts,
      double @Nullable [] factors) {

    public static final Start COLD = new Start(null, Double.NaN, null, null);
  }

  public static Result fit(VoteMatrix votes, BitSet rows, int minVoters, long seed) {
    return fit(votes, rows, minVoters, seed, Start.COLD);
  }

  public static Result fit(VoteMatrix votes, BitSet rows, int minVoters, long seed, Start from) {
    return fit(votes, rows, minVoters, seed, from, RowChunks.of(votes));
  }

  /** The fit with its passes over the votes cut into these ranges: {@link RowChunks#even(int, int)} with one range is the sequential reference. */
  static Result fit(
      VoteMatrix votes, BitSet rows, int minVoters, long seed, Start from, RowChunks chunks) {
    var start = from.participantFactors();
    var intercepts = from.intercepts();
    var factors = from.factors();
    int n = votes.rows();
    int m = votes.cols();
    // Columns with enough voters among the rows; rows with at least one vote on them.
    var voters = new int[m];
    for (int row = rows.nextSetBit(0); row >= 0 && row < n; row = rows.nextSetBit(row + 1)) {
      for (int j : votes.columns()[row]) {
        voters[j]++;
      }
    }
    var fittedColumn = new boolean[m];
    int columnsFitted = 0;
    for (int j = 0; j < m; j++) {
      fittedColumn[j] = voters[j] >= minVoters && !votes.moderatedOut().get(j);
      if (fittedColumn[j]) {
        columnsFitted++;
      }
    }
    var fittedRow = new boolean[n];
    int rowsFitted = 0;
    long ratings = 0;
    for (int row = rows.nextSetBit(0); row >= 0 && row < n; row = rows.nextSetBit(row + 1)) {
      int count = 0;
      for (int j : votes.columns()[row]) {
        if (fittedColumn[j]) {
          count++;
        }
      }
      if (count > 0) {
        fittedRow[row] = true;
        rowsFitted++;
        ratings += count;
      }
    }
    var ic = new double[m];
    var fc = new double[m];
    var iu = new double[n];
    var fu = new double[n];
    if (ratings == 0) {
      Arrays.fill(ic, Double.NaN);
      Arrays.fill(fc, Double.NaN);
      Arrays.fill(iu, Double.NaN);
      Arrays.fill(fu, Double.NaN);
      return new Result(Double.NaN, ic, fc, iu, fu, 0, Double.NaN);
    }
    double largest = 0;
    if (start != null) {
      for (int row = 0; row < n; row++) {
        if (fittedRow[row]) {
          largest = Math.max(largest, Math.abs(start[row]));
        }
      }
    }
    var random = new SplittableRandom(seed);
    for (int row = 0; row < n; row++) {
      double draw = (random.nextDouble() - 0.5) * 0.2;
      fu[row] = !fittedRow[row] ? 0 : largest > 0 ? 0.5 * start[row] / largest + 0.01 * draw : draw;
    }
    // The loss times the number of ratings: Σ e² + α Σ params², with α = λ R / (number of such
    // parameters).
    double r = ratings;
    double alphaColumnIntercept = INTERCEPT_LAMBDA * r / columnsFitted;
    double alphaColumnFactor = FACTOR_LAMBDA * r / columnsFitted;
    double alphaRowIntercept = INTERCEPT_LAMBDA * r / rowsFitted;
    double alphaRowFactor = FACTOR_LAMBDA * r / rowsFitted;
    double alphaMean = INTERCEPT_LAMBDA * r;

    double mu = 0;
    // Each statement's voters (fixed), then Σ f_u, Σ f_u², Σ z, Σ z·f_u side by side, for locality.
    var count = new double[m];
    for (int row = 0; row < n; row++) {
      if (fittedRow[row]) {
        for (int j : votes.columns()[row]) {
          if (fittedColumn[j]) {
            count[j]++;
          }
        }
      }
    }
    var sums = new double[4 * m];
    double previous = Double.POSITIVE_INFINITY;
    double loss = Double.NaN;
    int sweep = 0;
    boolean warm = false;
    if (intercepts != null && factors != null) {
      int known = 0;
      for (int j = 0; j < m; j++) {
        if (fittedColumn[j] && !Double.isNaN(intercepts[j]) && !Double.isNaN(factors[j])) {
          ic[j] = intercepts[j];
          fc[j] = factors[j];
          known++;
        }
      }
      warm = 2 * known >= columnsFitted; // most statements known: start from them
      if (warm) {
        mu = Double.isNaN(from.mean()) ? 0 : from.mean();
      } else {
        Arrays.fill(ic, 0);
        Arrays.fill(fc, 0);
      }
    }
    while (sweep < MAX_SWEEPS) {
      sweep++;
      double moved =
          warm
              ? Double.POSITIVE_INFINITY
              : BridgingSweep.statements(
                  votes,
                  chunks,
                  fittedRow,
                  fittedColumn,
                  mu,
                  iu,
                  fu,
                  count,
                  sums,
                  ic,
                  fc,
                  alphaColumnIntercept,
                  alphaColumnFactor);
      warm = false;
      // Participants: the same on (1, f_n), one row at a time; then the row's residuals, for μ and
      // the loss. Ranges of rows in parallel, their sums added in range order.
      double m0 = mu;
      int fittedRows = rowsFitted;
      var partial =
          chunks.map(
              chunk ->
                  BridgingSweep.participants(
                      votes,
                      chunks,
                      chunk,
                      fittedRow,
                      fittedColumn,
                      m0,
                      ic,
                      fc,
                      iu,
                      fu,
                      alphaRowIntercept,
                      alphaRowFactor,
                      fittedRows),
              double[][]::new);
      double sumE = 0;
      double sumE2 = 0;
      double penalty = 0;
      for (var sums3 : partial) {
        sumE += sums3[0];
        sumE2 += sums3[1];
        penalty += sums3[2];
      }
      // The global intercept: Σ(e + μ − μ') over the ratings, shrunk by λ_i; the squared error
      // follows exactly.
      double next = (sumE + r * mu) / (r + alphaMean);
      double delta = next - mu;
      mu = next;
      double squared = sumE2 - 2 * delta * sumE + r * delta * delta;
      for (int j = 0; j < m; j++) {
        if (fittedColumn[j]) {
          penalty +=
              (INTERCEPT_LAMBDA * ic[j] * ic[j] + FACTOR_LAMBDA * fc[j] * fc[j]) / columnsFitted;
        }
      }
      loss = squared / r + penalty + INTERCEPT_LAMBDA * mu * mu;
      if (Math.abs(previous - loss) <= CONVERGENCE || moved < SETTLED) {
        break;
      }
      previous = loss;
    }
    // Identification: the larger share of participants gets a negative factor.
    int negative = 0;
    int nonZero = 0;
    for (int row = 0; row < n; row++) {
      if (fittedRow[row] && fu[row] != 0) {
        nonZero++;
        if (fu[row] < 0) {
          negative++;
        }
      }
    }
    boolean flip = nonZero > 0 && 2 * negative < nonZero;
    for (int j = 0; j < m; j++) {
      if (!fittedColumn[j]) {
        ic[j] = Double.NaN;
        fc[j] = Double.NaN;
      } else if (flip) {
        fc[j] = -fc[j];
      }
    }
    for (int row = 0; row < n; row++) {
      if (!fittedRow[row]) {
        iu[row] = Double.NaN;
        fu[row] = Double.NaN;
      } else if (flip) {
        fu[row] = -fu[row];
      }
    }
    return new Result(mu, ic, fc, iu, fu, sweep, loss);
  }

  private BridgingFactorization() {}
}
