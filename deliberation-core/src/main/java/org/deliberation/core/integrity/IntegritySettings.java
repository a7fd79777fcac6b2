package org.deliberation.core.integrity;

/**
 * The coordination checks' constants.
 *
 * @param minSharedVotes a pair's votes are compared only over at least this many shared statements
 * @param deviation the probability that a coordinated account deviates from its group on a vote (the copy model's
 *     ε): a shared vote that differs costs {@code log2 ε} bits
 * @param linkBits the evidence, in bits, that links two accounts
 * @param behaviourBits how much of it must come from behaviour (votes, lockstep, near-copies): identity signals (a
 *     burst of sign-ups, an address) alone never link anyone
 * @param lockstepLagMillis how far a vote's lag may stray from the pair's usual lag and still be in step
 * @param burstWindowMillis sign-ups within this window of each other form a burst...
 * @param minBurst ...when at least this many fall in one window
 * @param burstBits and {@code addressBits}, {@code nearCopyBits}: the weight of each identity or text signal
 * @param density a member must be linked to at least this share of the rest of its group
 * @param evidenceScale the strength's evidence factor is {@code 1 − exp(−(k − 1) · b / evidenceScale)} for a group
 *     of k linked by b bits on average
 * @param sizeScale its size factor is {@code 1 − exp(−(k − 1) / sizeScale)}
 * @param report the weakest group reported (and treated as correlated)
 * @param strong the strength from which a group counts as one voter
 * @param bands and {@code rows}: MinHash locality-sensitive hashing over the votes (bands of rows)
 * @param maxBucket a hash bucket holding more accounts than this is not paired up (the exact-duplicate classes and
 *     the other signals still catch large brigades)
 * @param impactGroups how many of the strongest groups get their impact computed (a recomputation each)
 * @param seed seeds the hashing
 */
public record IntegritySettings(
    int minSharedVotes,
    double deviation,
    double linkBits,
    double behaviourBits,
    long lockstepLagMillis,
    long burstWindowMillis,
    int minBurst,
    double burstBits,
    double addressBits,
    double nearCopyBits,
    double density,
    double evidenceScale,
    double sizeScale,
    double report,
    double strong,
    int bands,
    int rows,
    int maxBucket,
    int impactGroups,
    long seed) {

  public static final IntegritySettings DEFAULTS =
      new IntegritySettings(
          10, 0.05, 20, 10, 60_000, 600_000, 5, 4, 4, 10, 0.5, 160, 2, 0.05, 0.75, 10, 4, 1_000, 3,
          42);
}
