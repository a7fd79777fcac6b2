package org.deliberation.core.project;

import org.deliberation.core.project.event.ProjectCreated;
import org.deliberation.core.project.event.ProjectEvent;
import org.deliberation.core.project.event.ResponsePublished;
import org.deliberation.core.project.event.StageChanged;

/** What the project's rules need to know, folded from its events. */
public record ProjectState(boolean exists, Stage stage) {

  public static final ProjectState NONE = new ProjectState(false, Stage.DRAFT);

  public ProjectState evolve(ProjectEvent event) {
    return switch (event) {
      case ProjectCreated created -> new ProjectState(true, Stage.DRAFT);
      case StageChanged changed -> new ProjectState(true, changed.to());
      case ResponsePublished published -> this;
    };
  }
}
