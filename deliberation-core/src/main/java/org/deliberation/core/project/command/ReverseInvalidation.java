package org.deliberation.core.project.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.ProjectId;

/** Count an invalidation's votes again from {@code at} on. */
public record ReverseInvalidation(
    @TargetAggregateIdentifier ProjectId projectId, String invalidationId, Actor by, Instant at) {}
