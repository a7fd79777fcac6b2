package org.deliberation.core.project.event;

import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.readability.ReadingLevel;
import org.jspecify.annotations.Nullable;

/**
 * The reading level a project's pages should reach; it replaces any earlier one.
 *
 * @param level null: the target was taken away, and no page is marked any more
 */
public record ReadabilityTargetSet(
    ProjectId projectId, @Nullable ReadingLevel level, ParticipantId setBy)
    implements ProjectEvent {}
