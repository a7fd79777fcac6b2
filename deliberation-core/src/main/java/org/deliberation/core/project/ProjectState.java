package org.deliberation.core.project;

import java.util.HashMap;
import java.util.Map;
import org.deliberation.core.project.event.CommitmentRecorded;
import org.deliberation.core.project.event.InvalidationReversed;
import org.deliberation.core.project.event.ProjectCreated;
import org.deliberation.core.project.event.ProjectEvent;
import org.deliberation.core.project.event.ReadabilityTargetSet;
import org.deliberation.core.project.event.ResponsePublished;
import org.deliberation.core.project.event.StageChanged;
import org.deliberation.core.project.event.VotesInvalidated;

/**
 * What the project's rules need to know, folded from its events.
 *
 * @param invalidations every invalidation recorded, by id: whether it is still in force
 */
public record ProjectState(boolean exists, Stage stage, Map<String, Boolean> invalidations) {

  public static final ProjectState NONE = new ProjectState(false, Stage.DRAFT);

  public ProjectState {
    invalidations = Map.copyOf(invalidations);
  }

  public ProjectState(boolean exists, Stage stage) {
    this(exists, stage, Map.of());
  }

  public ProjectState evolve(ProjectEvent event) {
    return switch (event) {
      case ProjectCreated created -> new ProjectState(true, Stage.DRAFT);
      case StageChanged changed -> new ProjectState(true, changed.to(), invalidations);
      case ResponsePublished published -> this;
      case VotesInvalidated invalidated -> withInvalidation(invalidated.invalidationId(), true);
      case InvalidationReversed reversed -> withInvalidation(reversed.invalidationId(), false);
      case ReadabilityTargetSet target -> this;
      case CommitmentRecorded commitment -> this;
    };
  }

  private ProjectState withInvalidation(String id, boolean inForce) {
    var next = new HashMap<>(invalidations);
    next.put(id, inForce);
    return new ProjectState(exists, stage, next);
  }
}
