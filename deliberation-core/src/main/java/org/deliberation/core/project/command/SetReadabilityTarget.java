package org.deliberation.core.project.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.readability.ReadingLevel;

/** Set the reading level the project's pages should reach: a page harder than it is marked "hard to read". */
public record SetReadabilityTarget(
    @TargetAggregateIdentifier ProjectId projectId, ReadingLevel level, Actor by) {}
