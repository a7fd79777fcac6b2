package org.deliberation.core.project.event;

import java.time.Instant;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;

/** A moderator reversed an invalidation: from {@code at} on, the synthesis counts those accounts' votes again. */
public record InvalidationReversed(
    ProjectId projectId, String invalidationId, ParticipantId reversedBy, Instant at)
    implements ProjectEvent {}
