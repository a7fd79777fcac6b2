package org.deliberation.core.integrity;

/**
 * One kind of evidence that a group's accounts behave as one, in terms of what they did on the site.
 *
 * @param kind what was observed
 * @param accounts how many of the group's accounts it concerns
 * @param measure the kind's own figure: the share of identical votes ({@link Kind#VOTES}), the share of sampled pairs
 *     voting in step ({@link Kind#LOCKSTEP}), the window in seconds holding the sign-ups ({@link Kind#SIGN_UP_BURST}),
 *     the accounts behind the most shared address ({@link Kind#SHARED_ADDRESS}), the near-copy pairs
 *     ({@link Kind#NEAR_COPIES})
 * @param bits the evidence's weight: a log-likelihood ratio in bits, averaged over the group's linked pairs
 * @param description a sentence for moderators
 */
public record Evidence(Kind kind, int accounts, double measure, double bits, String description) {

  public enum Kind {
    /** Near-identical votes over enough shared statements, weighted by how unusual the shared votes are. */
    VOTES,
    /** The same statements voted in the same order at a steady lag. */
    LOCKSTEP,
    /** Accounts created in a burst. */
    SIGN_UP_BURST,
    /** Accounts created from one network address. */
    SHARED_ADDRESS,
    /** Near-copies of each other's statements. */
    NEAR_COPIES
  }
}
