package org.deliberation.core.project.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.ProjectId;

/** Publish an official's answer to the participants, in Markdown. */
public record PublishResponse(
    @TargetAggregateIdentifier ProjectId projectId, String responseId, String markdown, Actor by) {}
