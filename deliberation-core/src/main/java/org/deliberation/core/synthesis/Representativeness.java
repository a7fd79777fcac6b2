package org.deliberation.core.synthesis;

/**
 * How much a statement sets a group apart from the rest, as Pol.is's {@code repness.clj} measures it: the group's
 * smoothed agreement {@code pa = (na + 1) / (ns + 2)} against the rest's, their ratio {@code ra}, and one- and
 * two-proportion z-tests ({@code pat}, {@code rat}); likewise for disagreement. A statement represents the group when
 * both tests pass the one-sided 90% level (z > 1.2816) on one side; its weight is {@code r × r_test × p × p_test}.
 */
final class Representativeness {

  static final double Z_90 = 1.2816;

  /** The representativeness of one side (agree or disagree) of a statement for a group. */
  record Side(boolean agree, double p, double pTest, double r, double rTest) {

    boolean passes() {
      return rTest > Z_90 && pTest > Z_90;
    }

    double metric() {
      return r * rTest * p * pTest;
    }
  }

  /** The better side for the group: agree when its two-proportion test is stronger, else disagree. */
  static Side of(
      int groupAgree,
      int groupDisagree,
      int groupSeen,
      int restAgree,
      int restDisagree,
      int restSeen) {
    var agree = side(true, groupAgree, groupSeen, restAgree, restSeen);
    var disagree = side(false, groupDisagree, groupSeen, restDisagree, restSeen);
    return agree.rTest() > disagree.rTest() ? agree : disagree;
  }

  private static Side side(boolean agree, int n, int seen, int restN, int restSeen) {
    double p = (n + 1.0) / (seen + 2.0);
    double restP = (restN + 1.0) / (restSeen + 2.0);
    return new Side(
        agree, p, proportionTest(n, seen), p / restP, twoProportionTest(n, restN, seen, restSeen));
  }

  /** Pol.is's {@code prop-test}: {@code 2 sqrt(n + 1) ((s + 1) / (n + 1) - 1/2)}. */
  static double proportionTest(int successes, int trials) {
    return 2 * Math.sqrt(trials + 1.0) * ((successes + 1.0) / (trials + 1.0) - 0.5);
  }

  /** Pol.is's {@code two-prop-test}, with one added to each count. */
  static double twoProportionTest(int s1, int s2, int n1, int n2) {
    double succ1 = s1 + 1.0;
    double succ2 = s2 + 1.0;
    double tri1 = n1 + 1.0;
    double tri2 = n2 + 1.0;
    double p1 = succ1 / tri1;
    double p2 = succ2 / tri2;
    double pooled = (succ1 + succ2) / (tri1 + tri2);
    if (pooled >= 1) {
      return 0;
    }
    return (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / tri1 + 1 / tri2));
  }

  private Representativeness() {}
}
