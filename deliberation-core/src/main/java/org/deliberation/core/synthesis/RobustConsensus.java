package org.deliberation.core.synthesis;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;

/**
 * Scores that pseudonyms cannot forge, computed beside Pol.is's, and the rule that lists a statement in consensus.
 *
 * <p><b>The rule.</b> A certain statement (enough votes, few passes) is listed in consensus when all three hold:
 *
 * <ol>
 *   <li><b>Every group agrees, counting independent participants.</b> The accounts of each strong coordinated group
 *       are first coalesced into one voter ({@link CoalescedVotes}, Community Notes' treatment of rater cliques); the
 *       opinion groups are then formed again on that matrix, so their sizes and centres count independent
 *       participants rather than accounts; and every such group's smoothed agreement {@code (A_g + 1) / (S_g + 2)}
 *       must be above ½, as in {@link SynthesisEngine}'s Pol.is rule. Without coordinated groups this is exactly the
 *       Pol.is rule on Pol.is's groups.
 *   <li><b>It holds without its most correlated supporters.</b> The same test with the agreeing votes of every
 *       participant in a reported coordinated group — weak ones too, which are not coalesced — left out (Community
 *       Notes recomputes without its correlated raters and requires the note to hold, {@code NoCorrelatedIntercept}).
 *   <li><b>Its bridging score agrees.</b> The group-free factorization ({@link BridgingFactorization}, fitted on the
 *       coalesced votes) predicts agreement, above ½ on its 0–1 scale, from a participant of average disposition
 *       ({@code μ + mean i_u + i_n}) at both ends of the viewpoint axis, the 10th and 90th percentiles of the
 *       participants' factors: {@code μ + ī_u + i_n + f_n·q > ½} for both. Since agreement that follows viewpoint is
 *       absorbed by {@code f_n}, this asks for support from each side without relying on the groups, whose
 *       boundaries an attacker can move (Community Notes' support-from-each-side rules).
 * </ol>
 *
 * Shared disagreement is the mirror image (disagreement above ½, held without correlated opposers, predicted below ½
 * at both ends). Dissent is measured on the same coalesced votes and groups. Statements are ranked by the
 * group-informed consensus of the coalesced votes.
 *
 * <p><b>Why three conditions.</b> The first defeats a brigade that is detected: fifty accounts count as one, inside a
 * group or as their own point, so they can neither veto a consensus nor create one. The second covers groups too weak
 * to coalesce: if a consensus needs their support, it is not listed. The third does not depend on detection nor on
 * where the group boundaries fall: it is what the "Gaming Consensus" attack [1] exploits in group-informed consensus
 * (accounts placed inside a group by copying its votes, then agreeing together with the other side) and it fails
 * for statements supported by one side only.
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
      int rows,
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
      return new Synthesis.Robustness(excluded, coalescedGroups, groups, Arrays.stream(independentPerGroup).sum(),
          bridging.mean(), averageDisposition, lowFactor, highFactor);
    }
  }

  static Scores of(VoteMatrix votes, OpinionGroups.Result polis, Safeguards safeguards, long seed, int minVoters) {
    var coalesced = CoalescedVotes.of(votes, safeguards.coalesced());
    var matrix = coalesced.votes();
    OpinionGroups.Result clustering;
    if (coalesced.merged() == 0) {
      clustering = polis;
    } else {
      clustering = OpinionGroups.cluster(matrix, Pca.compute(matrix, seed).places());
    }
    int k = Math.max(clustering.groups(), 0);
    var group = clustering.groupOfRow();
    var correlated = new BitSet();
    if (!safeguards.correlated().isEmpty()) {
      var index = new HashMap<String, Integer>();
      for (int row = 0; row < votes.rows(); row++) {
        index.put(votes.participants().get(row), row);
      }
      for (var participant : safeguards.correlated()) {
        Integer row = index.get(participant);
        if (row != null) {
          correlated.set(coalesced.rowOf()[row]);
        }
      }
    }
    int m = matrix.cols();
    var agree = new int[k][m];
    var disagree = new int[k][m];
    var seen = new int[k][m];
    var agreeCorrelated = new int[k][m];
    var disagreeCorrelated = new int[k][m];
    var independent = new int[k];
    for (int row = 0; row < matrix.rows(); row++) {
      int g = group[row];
      if (g < 0) {
        continue;
      }
      independent[g]++;
      boolean suspect = correlated.get(row);
      var columns = matrix.columns()[row];
      var values = matrix.values()[row];
      for (int i = 0; i < columns.length; i++) {
        int j = columns[i];
        seen[g][j]++;
        if (values[i] > 0) {
          agree[g][j]++;
          if (suspect) {
            agreeCorrelated[g][j]++;
          }
        } else if (values[i] < 0) {
          disagree[g][j]++;
          if (suspect) {
            disagreeCorrelated[g][j]++;
          }
        }
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
        double a = (agree[g][j] + 1.0) / (seen[g][j] + 2.0);
        double d = (disagree[g][j] + 1.0) / (seen[g][j] + 2.0);
        product *= a;
        against *= d;
        allAgree &= a > 0.5;
        allDisagree &= d > 0.5;
        allAgreeHeld &= (agree[g][j] - agreeCorrelated[g][j] + 1.0) / (seen[g][j] - agreeCorrelated[g][j] + 2.0) > 0.5;
        allDisagreeHeld &=
            (disagree[g][j] - disagreeCorrelated[g][j] + 1.0) / (seen[g][j] - disagreeCorrelated[g][j] + 2.0) > 0.5;
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

    var fit = BridgingFactorization.fit(matrix, matrix.inConversation(), minVoters, seed);
    double disposition = 0;
    int fitted = 0;
    var factors = new double[matrix.rows()];
    for (int row = 0; row < matrix.rows(); row++) {
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
    return new Scores(k, independent, coalesced.merged(), matrix.rows(), consensus, disagreement, dissent, everyAgrees,
        everyDisagrees, heldAgree, heldDisagree, bridgingAgrees, bridgingDisagrees, fit, disposition, low, high);
  }

  /** The rule for consensus (see the class comment). */
  static boolean consensus(Scores scores, int column) {
    return scores.everyGroupAgrees()[column] && scores.agreesWithoutCorrelated()[column]
        && scores.bridgingAgrees()[column];
  }

  /** The mirror rule for shared disagreement. */
  static boolean sharedDisagreement(Scores scores, int column) {
    return scores.everyGroupDisagrees()[column] && scores.disagreesWithoutCorrelated()[column]
        && scores.bridgingDisagrees()[column];
  }

  private RobustConsensus() {}
}
