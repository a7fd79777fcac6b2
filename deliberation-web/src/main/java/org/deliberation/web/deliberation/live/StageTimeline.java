package org.deliberation.web.deliberation.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.deliberation.core.project.Stage;

/**
 * The stages a project went through and when it entered each: its stage now, then, and the end of a stage, which is
 * where a synthesis of that stage stands. Not thread safe: its {@link ProjectDeliberation} guards it.
 */
final class StageTimeline {

  private Stage stage = Stage.DRAFT;
  private final List<StageMark> marks = new ArrayList<>();

  /** The project was created: it is in DRAFT from then. */
  void created(Instant at) {
    if (marks.isEmpty()) {
      marks.add(new StageMark(Stage.DRAFT, at));
    }
  }

  void changed(Stage to, Instant at) {
    stage = to;
    marks.add(new StageMark(to, at));
  }

  Stage now() {
    return stage;
  }

  /** The stage the project was in at an instant. */
  Stage at(Instant at) {
    var then = Stage.DRAFT;
    for (var mark : marks) {
      if (!mark.from().isAfter(at)) {
        then = mark.stage();
      }
    }
    return then;
  }

  /** When the project was created, if that is known. */
  Optional<Instant> start() {
    return marks.isEmpty() ? Optional.empty() : Optional.of(marks.getFirst().from());
  }

  boolean reached(Stage wanted) {
    return marks.stream().anyMatch(mark -> mark.stage() == wanted);
  }

  /** The last instant of a stage, or empty while the project is still in it; a stage never reached is an error. */
  Optional<Instant> endOf(Stage wanted) {
    for (int i = 0; i < marks.size(); i++) {
      if (marks.get(i).stage() == wanted) {
        // The next stage starts just after.
        return i + 1 < marks.size()
            ? Optional.of(marks.get(i + 1).from().minusNanos(1))
            : Optional.empty();
      }
    }
    throw new IllegalStateException("stage not reached");
  }
}
