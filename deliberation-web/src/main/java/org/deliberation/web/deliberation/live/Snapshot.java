package org.deliberation.web.deliberation.live;

import java.util.Set;
import org.deliberation.core.synthesis.VoteMatrix;

/**
 * What a recomputation starts from: a copy of the votes, taken in one step, and whose votes moderators invalidated
 * (now, or at the instant of a synthesis of the past; {@code logSize} is then 0).
 * Nothing of the previous synthesis: the result is a function of the votes alone, so a replay that recomputes at
 * other moments shows the same groups under the same labels.
 */
record Snapshot(VoteMatrix votes, Set<String> excluded, long position, int logSize) {

  Snapshot {
    excluded = Set.copyOf(excluded);
  }
}
