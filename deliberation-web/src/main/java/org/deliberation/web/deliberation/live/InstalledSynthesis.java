package org.deliberation.web.deliberation.live;

import java.time.Instant;
import org.deliberation.core.synthesis.Synthesis;

/** The synthesis last installed in a live deliberation, the position of the votes it counts, and when it was computed. */
record InstalledSynthesis(Synthesis synthesis, long position, Instant computedAt) {

  static final InstalledSynthesis NONE = new InstalledSynthesis(Synthesis.EMPTY, -1, Instant.EPOCH);
}
