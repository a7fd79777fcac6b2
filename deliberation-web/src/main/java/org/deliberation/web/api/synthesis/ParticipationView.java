package org.deliberation.web.api.synthesis;

import java.util.List;
import org.deliberation.web.deliberation.ParticipationSpan;

/** A project's participation over time, oldest span first; empty before the first vote. */
public record ParticipationView(List<ParticipationSpan> spans) {

  public ParticipationView {
    spans = List.copyOf(spans);
  }
}
