package org.deliberation.web.accountability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.deliberation.core.project.event.CommitmentRecorded;

/** A project's answers folded from its own events: every point's answers, oldest first. */
final class Commitments {

  private Commitments() {}

  static Map<String, List<CommitmentView>> of(List<? extends EventMessage<?>> events) {
    var answers = new HashMap<String, List<CommitmentView>>();
    for (var event : events) {
      if (event.getPayload() instanceof CommitmentRecorded recorded) {
        answers
            .computeIfAbsent(recorded.statementId().value(), id -> new ArrayList<>())
            .add(view(recorded));
      }
    }
    return answers;
  }

  static CommitmentView view(CommitmentRecorded recorded) {
    return new CommitmentView(
        recorded.statementId().value(),
        recorded.decision().name(),
        recorded.reason(),
        recorded.at(),
        recorded.decidedBy().value());
  }
}
