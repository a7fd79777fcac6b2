package org.deliberation.core.project;

import java.util.Comparator;
import java.util.List;
import org.deliberation.core.common.ConflictException;
import org.deliberation.core.common.NotFoundException;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.Role;
import org.deliberation.core.project.command.ChangeStage;
import org.deliberation.core.project.command.CreateProject;
import org.deliberation.core.project.command.InvalidateVotes;
import org.deliberation.core.project.command.PublishResponse;
import org.deliberation.core.project.command.ReverseInvalidation;
import org.deliberation.core.project.command.SetReadabilityTarget;
import org.deliberation.core.project.event.InvalidationReversed;
import org.deliberation.core.project.event.ProjectCreated;
import org.deliberation.core.project.event.ProjectEvent;
import org.deliberation.core.project.event.ReadabilityTargetSet;
import org.deliberation.core.project.event.ResponsePublished;
import org.deliberation.core.project.event.StageChanged;
import org.deliberation.core.project.event.VotesInvalidated;

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
            command.by().id(),
            command.petition()));
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

  /**
   * Sets the reading level the project's pages should reach. Those who move the project through its stages decide
   * how it speaks to the public, so the same roles may.
   */
  public static List<ProjectEvent> setReadabilityTarget(
      ProjectState state, SetReadabilityTarget command) {
    command
        .by()
        .require("set the project's readability target", Role.OFFICIAL, Role.MODERATOR, Role.ADMIN);
    return List.of(
        new ReadabilityTargetSet(command.projectId(), command.level(), command.by().id()));
  }

  public static List<ProjectEvent> publishResponse(ProjectState state, PublishResponse command) {
    command.by().require("publish the authority's response", Role.OFFICIAL);
    return List.of(
        new ResponsePublished(
            command.projectId(), command.responseId(), command.markdown(), command.by().id()));
  }

  /**
   * A moderator leaves some accounts' votes out of the synthesis, with a reason; the votes stay in the history and
   * the invalidation can be reversed.
   */
  public static List<ProjectEvent> invalidateVotes(ProjectState state, InvalidateVotes command) {
    command.by().require("invalidate votes", Role.MODERATOR, Role.ADMIN);
    if (command.participants().isEmpty()) {
      throw new InvalidationRefusedException(
          "Name at least one participant whose votes to invalidate.");
    }
    if (command.reason().isBlank()) {
      throw new InvalidationRefusedException(
          "Give the reason for the invalidation; it is kept in the project's history.");
    }
    if (state.invalidations().containsKey(command.invalidationId())) {
      throw new ConflictException(
          "An invalidation " + command.invalidationId() + " is already recorded.");
    }
    return List.of(
        new VotesInvalidated(
            command.projectId(),
            command.invalidationId(),
            command.participants().stream()
                .distinct()
                .sorted(Comparator.comparing(ParticipantId::value))
                .toList(),
            command.reason().strip(),
            command.by().id(),
            command.at()));
  }

  /** A moderator counts an invalidation's votes again; an invalidation is reversed once. */
  public static List<ProjectEvent> reverseInvalidation(
      ProjectState state, ReverseInvalidation command) {
    command.by().require("reverse an invalidation", Role.MODERATOR, Role.ADMIN);
    var inForce = state.invalidations().get(command.invalidationId());
    if (inForce == null) {
      throw new NotFoundException(
          "There is no invalidation "
              + command.invalidationId()
              + " in this wikiproject. List them with GET /api/projects/{id}/invalidations.");
    }
    if (!inForce) {
      throw new ConflictException(
          "The invalidation " + command.invalidationId() + " is already reversed.");
    }
    return List.of(
        new InvalidationReversed(
            command.projectId(), command.invalidationId(), command.by().id(), command.at()));
  }

  private ProjectRules() {}
}
