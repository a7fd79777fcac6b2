package org.deliberation.core.synthesis;

import java.util.Arrays;
import java.util.BitSet;
import org.jspecify.annotations.Nullable;

/**
 * Scores that pseudonyms cannot forge, computed beside Pol.is's, and the rule that lists a statement in consensus.
 *
 * <p><b>Who counts how.</b> The <i>independent participants</i> are everyone but the accounts of strong coordinated
 * groups. They alone form the opinion groups (Pol.is's clustering on their votes), fit the bridging factorization and
 * rank the lists: groups are weighted by independent participants, not by accounts. Each strong group then counts as
 * <i>one voter</i> (its members' plurality vote, {@link CoalescedVotes}; Community Notes keeps one rating per note of
 * a rater clique), placed in the group it votes most like, in the tests below. Members of weak groups, too weak to be
 * coalesced, count as independent but are <i>correlated</i>.
 *
 * <p><b>The rule.</b> A certain statement (enough votes, few passes) is listed in consensus when all three hold:
 *
 * <ol>
 *   <li><b>Every group agrees:</b> each group's smoothed agreement {@code (A_g + 1) / (S_g + 2)} is above ½, counting
 *       its independent participants and the coordinated voters in it, as in Pol.is's rule.
 *   <li><b>It holds without its most correlated supporters:</b> the same, with the agreeing votes of the correlated
 *       (the coordinated voters and every weak group's members) left out (Community Notes recomputes without its
 *       correlated raters and requires the note to hold, {@code NoCorrelatedIntercept}).
 *   <li><b>Its bridging score agrees:</b> the group-free factorization ({@link BridgingFactorization}) predicts
 *       agreement, above ½ on its 0–1 scale, from a participant of average disposition ({@code μ + ī_u + i_n}) at
 *       both ends of the viewpoint axis, the 10th and 90th percentiles of the participants' factors:
 *       {@code μ + ī_u + i_n + f_n·q > ½} for both. Agreement that follows viewpoint is absorbed by {@code f_n}, so
 *       this asks for support from each side without relying on the groups, whose boundaries an attacker can move
 *       (Community Notes' support-from-each-side rules).
 * </ol>
 *
 * The listed statements are ranked by the group-informed consensus of the independent participants. Shared
 * disagreement is the mirror image (disagreement above ½, held without correlated opposers, predicted below ½ at both
 * ends); dissent uses the same groups and counts. With no coordinated group, the groups, counts and ranking are
 * exactly Pol.is's, and only the bridging test (and the weak groups in the second) can remove a statement.
 *
 * <p><b>Why so.</b> A detected brigade can neither shape the groups nor the axis, nor push a statement up or down
 * the list; it keeps the weight of one person in deciding what is common ground. The second test covers groups too
 * weak to coalesce: if a consensus needs their support, it is not listed. The third does not depend on detection nor
 * on where group boundaries fall, which is what the "Gaming Consensus" attack [1] exploits in group-informed
 * consensus (accounts placed inside a group by copying its votes, then agreeing together with the other side).
 *
 * <p>[1] "Gaming Consensus" (2026): attacks on group-informed consensus by accounts that first vote like one side.
 */
final class RobustConsensus {

  /** The bridging test reads the participants' factors at these quantiles: both ends of the viewpoint axis. */
  static final double LOW_QUANTILE = 0.1;

  static final double HIGH_QUANTILE = 0.9;

  /** The robust scores of every column. */
  record Scores(
      int groups,
      int[] independentPerGroup,
      int coalescedGroups,
      int independentRows,
      double[] consensus,
      double[] disagreement,
      double[] dissent,
      boolean[] everyGroupAgrees,
      boolean[] everyGroupDisagrees,
      boolean[] agreesWithoutCorrelated,
      boolean[] disagreesWithoutCorrelated,
      boolean[] bridgingAgrees,
      boolean[] bridgingDisagrees,
      BridgingFactorization.Result bridging,
      double averageDisposition,
      double lowFactor,
      double highFactor) {

    /** What the synthesis tells about its safeguards. */
    Synthesis.Robustness summary(int excluded) {
      return new Synthesis.Robustness(
          excluded,
          coalescedGroups,
          groups,
          Arrays.stream(independentPerGroup).sum(),
          bridging.mean(),
          averageDisposition,
          lowFactor,
          highFactor);
    }
  }

  static Scores of(
      VoteMatrix votes,
      OpinionGroups.Result polis,
      Safeguards safeguards,
      long seed,
      int minVoters) {
    return of(votes, polis, null, safeguards, seed, minVoters);
  }

  /**
   * The scores. The factorization starts from the rows' principal coordinates ({@code places}, if known), which are
   * a function of the same votes. It does not warm-start from a previous synthesis: recomputations are coalesced in
   * time, so which previous synthesis there is depends on when the votes arrived, and a start from it moves the
   * factorization's stopping point (and so the bridging test at ½) with the recomputation history.
   */
  static Scores of(
      VoteMatrix votes,
      OpinionGroups.Result polis,
      double @Nullable [][] places,
      Safeguards safeguards,
      long seed,
      int minVoters) {
    // The independent participants: everyone but the accounts of strong coordinated groups.
    var coordinated = new java.util.HashSet<String>();
    safeguards.coalesced().forEach(coordinated::addAll);
    var independent = votes.without(coordinated);
    OpinionGroups.Result clustering;
    double[][] independentPlaces = places;
    if (independent == votes) {
      clustering = polis;
    } else {
      independentPlaces = Pca.compute(independent, seed).places();
      clustering = OpinionGroups.cluster(independent, independentPlaces);
    }
    int k = Math.max(clustering.groups(), 0);
    int m = votes.cols();
    var group = clustering.groupOfRow();
    var correlated = new BitSet();
    for (int row = 0; row < independent.rows(); row++) {
      if (safeguards.correlated().contains(independent.participants().get(row))) {
        correlated.set(row);
      }
    }
    // Counts of the independent participants, and of those among them in weak groups.
    var agree = new int[k][m];
    var disagree = new int[k][m];
    var seen = new int[k][m];
    var agreeCorrelated = new int[k][m];
    var disagreeCorrelated = new int[k][m];
    var members = new int[k];
    for (int row = 0; row < independent.rows(); row++) {
      int g = group[row];
      if (g < 0) {
        continue;
      }
      members[g]++;
      boolean suspect = correlated.get(row);
      count(
          independent,
          row,
          g,
          agree,
          disagree,
          seen,
          suspect ? agreeCorrelated : null,
          suspect ? disagreeCorrelated : null);
    }
    // Each strong group, one voter: its plurality vote, in the group it votes most like.
    var voterAgree = new int[k][m];
    var voterDisagree = new int[k][m];
    var voterSeen = new int[k][m];
    int voters = 0;
    if (!coordinated.isEmpty() && k > 0) {
      var merged = CoalescedVotes.of(votes, safeguards.coalesced());
      var matrix = merged.votes();
      for (int row = 0; row < matrix.rows(); row++) {
        boolean coalesced = false;
        for (int original : merged.members()[row]) {
          coalesced |= coordinated.contains(votes.participants().get(original));
        }
        if (!coalesced || !matrix.inConversation().get(row)) {
          continue;
        }
        int g = closest(matrix, row, agree, disagree, seen);
        members[g]++;
        voters++;
        count(matrix, row, g, voterAgree, voterDisagree, voterSeen, null, null);
      }
    }
    var consensus = new double[m];
    var disagreement = new double[m];
    var dissent = new double[m];
    var everyAgrees = new boolean[m];
    var everyDisagrees = new boolean[m];
    var heldAgree = new boolean[m];
    var heldDisagree = new boolean[m];
    for (int j = 0; j < m; j++) {
      double product = 1;
      double against = 1;
      boolean allAgree = k > 0;
      boolean allDisagree = k > 0;
      boolean allAgreeHeld = k > 0;
      boolean allDisagreeHeld = k > 0;
      double best = 0;
      for (int g = 0; g < k; g++) {
        // Ranking: the independent participants. Tests: the coordinated groups too, one voter each.
        double a = (agree[g][j] + 1.0) / (seen[g][j] + 2.0);
        double d = (disagree[g][j] + 1.0) / (seen[g][j] + 2.0);
        product *= a;
        against *= d;
        int totalSeen = seen[g][j] + voterSeen[g][j];
        int totalAgree = agree[g][j] + voterAgree[g][j];
        int totalDisagree = disagree[g][j] + voterDisagree[g][j];
        allAgree &= (totalAgree + 1.0) / (totalSeen + 2.0) > 0.5;
        allDisagree &= (totalDisagree + 1.0) / (totalSeen + 2.0) > 0.5;
        // Held without the correlated supporters: the coordinated voters and the weak groups'
        // agreeing votes.
        int agreeHeld = agree[g][j] - agreeCorrelated[g][j];
        allAgreeHeld &= (agreeHeld + 1.0) / (seen[g][j] - agreeCorrelated[g][j] + 2.0) > 0.5;
        int disagreeHeld = disagree[g][j] - disagreeCorrelated[g][j];
        allDisagreeHeld &=
            (disagreeHeld + 1.0) / (seen[g][j] - disagreeCorrelated[g][j] + 2.0) > 0.5;
        for (int h = 0; h < k; h++) {
          if (h != g) {
            best = Math.max(best, a * (disagree[h][j] + 1.0) / (seen[h][j] + 2.0));
          }
        }
      }
      consensus[j] = product;
      disagreement[j] = against;
      dissent[j] = best;
      everyAgrees[j] = allAgree;
      everyDisagrees[j] = allDisagree;
      heldAgree[j] = allAgreeHeld;
      heldDisagree[j] = allDisagreeHeld;
    }

    double[] start = null;
    if (independentPlaces != null) {
      start = new double[independent.rows()];
      for (int row = 0; row < start.length; row++) {
        start[row] = independentPlaces[row][0];
      }
    }
    var fit =
        BridgingFactorization.fit(
            independent,
            independent.inConversation(),
            minVoters,
            seed,
            new BridgingFactorization.Start(start, Double.NaN, null, null));
    double disposition = 0;
    int fitted = 0;
    var factors = new double[independent.rows()];
    for (int row = 0; row < independent.rows(); row++) {
      if (!Double.isNaN(fit.participantIntercept()[row])) {
        disposition += fit.participantIntercept()[row];
        factors[fitted++] = fit.participantFactor()[row];
      }
    }
    var bridgingAgrees = new boolean[m];
    var bridgingDisagrees = new boolean[m];
    double low = Double.NaN;
    double high = Double.NaN;
    if (fitted > 0) {
      disposition /= fitted;
      var sorted = Arrays.copyOf(factors, fitted);
      Arrays.sort(sorted);
      low = sorted[(int) Math.floor(LOW_QUANTILE * (fitted - 1))];
      high = sorted[(int) Math.ceil(HIGH_QUANTILE * (fitted - 1))];
      for (int j = 0; j < m; j++) {
        if (Double.isNaN(fit.intercept()[j])) {
          continue;
        }
        double base = fit.mean() + disposition + fit.intercept()[j];
        double atLow = base + fit.factor()[j] * low;
        double atHigh = base + fit.factor()[j] * high;
        bridgingAgrees[j] = atLow > 0.5 && atHigh > 0.5;
        bridgingDisagrees[j] = atLow < 0.5 && atHigh < 0.5;
      }
    } else {
      disposition = Double.NaN;
    }
    return new Scores(
        k,
        members,
        voters,
        independent.rows(),
        consensus,
        disagreement,
        dissent,
        everyAgrees,
        everyDisagrees,
        heldAgree,
        heldDisagree,
        bridgingAgrees,
        bridgingDisagrees,
        fit,
        disposition,
        low,
        high);
  }

  /** Pol.is's rule as scores: its groups, every account, no correlated accounts, no bridging test. */
  static Scores polis(VoteMatrix votes, OpinionGroups.Result polis) {
    int k = Math.max(polis.groups(), 0);
    int m = votes.cols();
    var agree = new int[k][m];
    var disagree = new int[k][m];
    var seen = new int[k][m];
    var members = new int[k];
    for (int row = 0; row < votes.rows(); row++) {
      int g = polis.groupOfRow()[row];
      if (g >= 0) {
        members[g]++;
        count(votes, row, g, agree, disagree, seen, null, null);
      }
    }
    var consensus = new double[m];
    var disagreement = new double[m];
    var dissent = new double[m];
    var everyAgrees = new boolean[m];
    var everyDisagrees = new boolean[m];
    var yes = new boolean[m];
    Arrays.fill(yes, true);
    for (int j = 0; j < m; j++) {
      double product = 1;
      double against = 1;
      boolean allAgree = true;
      boolean allDisagree = true;
      double best = 0;
      for (int g = 0; g < k; g++) {
        double a = (agree[g][j] + 1.0) / (seen[g][j] + 2.0);
        double d = (disagree[g][j] + 1.0) / (seen[g][j] + 2.0);
        product *= a;
        against *= d;
        allAgree &= a > 0.5;
        allDisagree &= d > 0.5;
        for (int h = 0; h < k; h++) {
          if (h != g) {
            best = Math.max(best, a * (disagree[h][j] + 1.0) / (seen[h][j] + 2.0));
          }
        }
      }
      consensus[j] = product;
      disagreement[j] = against;
      dissent[j] = best;
      everyAgrees[j] = allAgree;
      everyDisagrees[j] = allDisagree;
    }
    var nan = new double[m];
    Arrays.fill(nan, Double.NaN);
    var rowsNan = new double[votes.rows()];
    Arrays.fill(rowsNan, Double.NaN);
    var fit =
        new BridgingFactorization.Result(Double.NaN, nan, nan, rowsNan, rowsNan, 0, Double.NaN);
    return new Scores(
        k,
        members,
        0,
        votes.rows(),
        consensus,
        disagreement,
        dissent,
        everyAgrees,
        everyDisagrees,
        yes,
        yes,
        yes,
        yes,
        fit,
        Double.NaN,
        Double.NaN,
        Double.NaN);
  }

  private static void count(
      VoteMatrix matrix,
      int row,
      int g,
      int[][] agree,
      int[][] disagree,
      int[][] seen,
      int[][] agreeAlso,
      int[][] disagreeAlso) {
    var columns = matrix.columns()[row];
    var values = matrix.values()[row];
    for (int i = 0; i < columns.length; i++) {
      int j = columns[i];
      seen[g][j]++;
      if (values[i] > 0) {
        agree[g][j]++;
        if (agreeAlso != null) {
          agreeAlso[g][j]++;
        }
      } else if (values[i] < 0) {
        disagree[g][j]++;
        if (disagreeAlso != null) {
          disagreeAlso[g][j]++;
        }
      }
    }
  }

  // The group whose plurality votes the row shares most often (ties: the first group).
  private static int closest(
      VoteMatrix matrix, int row, int[][] agree, int[][] disagree, int[][] seen) {
    int best = 0;
    double bestShare = -1;
    var columns = matrix.columns()[row];
    var values = matrix.values()[row];
    for (int g = 0; g < agree.length; g++) {
      int same = 0;
      for (int i = 0; i < columns.length; i++) {
        int j = columns[i];
        int a = agree[g][j];
        int d = disagree[g][j];
        int p = seen[g][j] - a - d;
        int plurality = a > d && a > p ? 1 : d > a && d > p ? -1 : 0;
        if (values[i] == plurality) {
          same++;
        }
      }
      double share = columns.length == 0 ? 0 : (double) same / columns.length;
      if (share > bestShare) {
        bestShare = share;
        best = g;
      }
    }
    return best;
  }

  /** The rule for consensus (see the class comment). */
  static boolean consensus(Scores scores, int column) {
    return scores.everyGroupAgrees()[column]
        && scores.agreesWithoutCorrelated()[column]
        && scores.bridgingAgrees()[column];
  }

  /** The mirror rule for shared disagreement. */
  static boolean sharedDisagreement(Scores scores, int column) {
    return scores.everyGroupDisagrees()[column]
        && scores.disagreesWithoutCorrelated()[column]
        && scores.bridgingDisagrees()[column];
  }

  private RobustConsensus() {}
}
