package org.deliberation.web.deliberation.synthesis;

import java.time.Instant;
import java.util.List;
import org.deliberation.web.deliberation.live.ParticipationSpan;

/**
 * A project's participation over time, oldest span first; no span before the first vote.
 *
 * @param from where the project's history starts: its creation, or its earliest vote when that is earlier (an
 *     imported conversation keeps its votes' own times); the time slider starts there too
 * @param to now: the spans run from {@code from} to it, in equal parts, so they line up under the slider
 */
public record ParticipationView(Instant from, Instant to, List<ParticipationSpan> spans) {

  public ParticipationView {
    spans = List.copyOf(spans);
  }
}
