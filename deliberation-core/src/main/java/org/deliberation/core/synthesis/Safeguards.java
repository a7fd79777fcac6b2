package org.deliberation.core.synthesis;

import java.util.List;
import java.util.Set;

/**
 * What the engine is told about the participants beyond their votes: plain sets of participant ids, so that the
 * engine depends on no detector (see {@code org.deliberation.core.integrity}, which computes them).
 *
 * @param excluded participants whose votes do not count at all: invalidated by a moderator, or left out for a
 *     preview or for time travel; the synthesis is computed as if they had never voted
 * @param coalesced groups of accounts that behave as one (strong coordinated groups): each counts as one voter in
 *     the robust scores ({@link CoalescedVotes})
 * @param correlated participants whose votes are anomalously correlated with others' (every reported group, weak or
 *     strong): a consensus must hold without their support ({@link RobustConsensus})
 * @param robust whether to compute the robust scores and apply the robust rule; without, the lists follow Pol.is's
 *     rule on every account's votes and the bridging figures are {@code NaN}, as the engine did before them
 */
public record Safeguards(
    Set<String> excluded, List<Set<String>> coalesced, Set<String> correlated, boolean robust) {

  /** The robust rule with nothing known about the participants: the bridging test alone can differ from Pol.is. */
  public static final Safeguards NONE = new Safeguards(Set.of(), List.of(), Set.of(), true);

  /** Pol.is's rule alone, without robust scores: for comparison and as a baseline. */
  public static final Safeguards POLIS = new Safeguards(Set.of(), List.of(), Set.of(), false);

  public Safeguards(Set<String> excluded, List<Set<String>> coalesced, Set<String> correlated) {
    this(excluded, coalesced, correlated, true);
  }

  public Safeguards {
    excluded = Set.copyOf(excluded);
    coalesced = coalesced.stream().map(Set::copyOf).toList();
    correlated = Set.copyOf(correlated);
  }

  /** Only an exclusion: the synthesis without these participants. */
  public static Safeguards excluding(Set<String> participants) {
    return new Safeguards(participants, List.of(), Set.of());
  }
}
