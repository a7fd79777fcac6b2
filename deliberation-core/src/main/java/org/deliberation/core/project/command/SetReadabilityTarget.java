package org.deliberation.core.project.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.readability.ReadingLevel;
import org.jspecify.annotations.Nullable;

/**
 * Set the reading level the project's pages should reach: a page harder than it is marked "hard to read"; a null
 * level takes the target away.
 */
public record SetReadabilityTarget(
    @TargetAggregateIdentifier ProjectId projectId, @Nullable ReadingLevel level, Actor by) {}
