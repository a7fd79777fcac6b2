package org.deliberation.core.project;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.project.command.ChangeStage;
import org.deliberation.core.project.command.CreateProject;
import org.deliberation.core.project.command.InvalidateVotes;
import org.deliberation.core.project.command.PublishResponse;
import org.deliberation.core.project.command.RecordCommitment;
import org.deliberation.core.project.command.ReverseInvalidation;
import org.deliberation.core.project.command.SetReadabilityTarget;
import org.deliberation.core.project.event.ProjectEvent;

/**
 * The wikiproject aggregate: a thin Axon shell that routes commands to {@link ProjectRules} and folds events into
 * {@link ProjectState}. Registered with Axon by the web module.
 */
public class Project {

  @AggregateIdentifier private ProjectId id;

  private ProjectState state = ProjectState.NONE;

  protected Project() {
    // Axon rebuilds a project from its events
  }

  @CommandHandler
  public Project(CreateProject command) {
    ProjectRules.create(command).forEach(AggregateLifecycle::apply);
  }

  @CommandHandler
  void handle(ChangeStage command) {
    ProjectRules.changeStage(state, command).forEach(AggregateLifecycle::apply);
  }

  @CommandHandler
  void handle(PublishResponse command) {
    ProjectRules.publishResponse(state, command).forEach(AggregateLifecycle::apply);
  }

  @CommandHandler
  void handle(InvalidateVotes command) {
    ProjectRules.invalidateVotes(state, command).forEach(AggregateLifecycle::apply);
  }

  @CommandHandler
  void handle(ReverseInvalidation command) {
    ProjectRules.reverseInvalidation(state, command).forEach(AggregateLifecycle::apply);
  }

  @CommandHandler
  void handle(SetReadabilityTarget command) {
    ProjectRules.setReadabilityTarget(state, command).forEach(AggregateLifecycle::apply);
  }

  @CommandHandler
  void handle(RecordCommitment command) {
    CommitmentRules.record(state, command).forEach(AggregateLifecycle::apply);
  }

  @EventSourcingHandler
  void on(ProjectEvent event) {
    id = event.projectId();
    state = state.evolve(event);
  }
}
