package org.deliberation.core.project.event;

import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.readability.ReadingLevel;

/** The reading level a project's pages should reach; it replaces any earlier one. */
public record ReadabilityTargetSet(ProjectId projectId, ReadingLevel level, ParticipantId setBy)
    implements ProjectEvent {}
