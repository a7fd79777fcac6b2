package org.deliberation.core.project.event;

import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.project.Stage;
import org.jspecify.annotations.Nullable;

/** A project moved from one stage to the next. */
public record StageChanged(
    ProjectId projectId, Stage from, Stage to, @Nullable String note, ParticipantId changedBy)
    implements ProjectEvent {}
