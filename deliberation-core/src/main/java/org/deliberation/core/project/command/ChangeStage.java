package org.deliberation.core.project.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.project.Stage;
import org.jspecify.annotations.Nullable;

/** Move a project to its next stage, with an optional note for the participants. */
public record ChangeStage(
    @TargetAggregateIdentifier ProjectId projectId, Stage stage, @Nullable String note, Actor by) {}
