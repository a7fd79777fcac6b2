package org.deliberation.core.synthesis;

/**
 * The engine's constants, with Pol.is's values as defaults.
 *
 * @param seed seeds the principal components' start vectors: same votes, same seed, same groups
 * @param listSize how many statements each list (consensus, dissent, representative) holds
 * @param minVotes a statement with fewer votes is uncertain
 * @param maxPassShare a statement passed on by more than this share of its voters is uncertain (Pol.is's report: 0.3)
 */
public record SynthesisSettings(long seed, int listSize, int minVotes, double maxPassShare) {

  public static final SynthesisSettings DEFAULTS = new SynthesisSettings(42, 10, 5, 0.3);
}
