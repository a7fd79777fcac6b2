package org.deliberation.core.project;

import java.util.List;
import org.deliberation.core.common.Role;
import org.deliberation.core.project.command.ChangeStage;
import org.deliberation.core.project.command.CreateProject;
import org.deliberation.core.project.command.PublishResponse;
import org.deliberation.core.project.event.ProjectCreated;
import org.deliberation.core.project.event.ProjectEvent;
import org.deliberation.core.project.event.ResponsePublished;
import org.deliberation.core.project.event.StageChanged;

/** The decisions about a project, as pure functions from state and command to events. */
public final class ProjectRules {

  public static List<ProjectEvent> create(CreateProject command) {
    command.by().require("create a wikiproject", Role.OFFICIAL, Role.MODERATOR, Role.ADMIN);
    return List.of(
        new ProjectCreated(
            command.projectId(),
            command.slug(),
            command.title(),
            command.question(),
            command.authority(),
            command.language(),
            command.by().id()));
  }

  public static List<ProjectEvent> changeStage(ProjectState state, ChangeStage command) {
    command
        .by()
        .require("move a project to another stage", Role.OFFICIAL, Role.MODERATOR, Role.ADMIN);
    if (!state.stage().canMoveTo(command.stage())) {
      throw new StageChangeRefusedException(state.stage(), command.stage());
    }
    return List.of(
        new StageChanged(
            command.projectId(),
            state.stage(),
            command.stage(),
            command.note(),
            command.by().id()));
  }

  public static List<ProjectEvent> publishResponse(ProjectState state, PublishResponse command) {
    command.by().require("publish the authority's response", Role.OFFICIAL);
    return List.of(
        new ResponsePublished(
            command.projectId(), command.responseId(), command.markdown(), command.by().id()));
  }

  private ProjectRules() {}
}
