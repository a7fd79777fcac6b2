package org.deliberation.core.project.event;

import java.time.Instant;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.StatementId;
import org.deliberation.core.project.Decision;

/**
 * The authority answered a point of the synthesis: the last such event for a statement is its answer, the earlier
 * ones its history.
 */
public record CommitmentRecorded(
    ProjectId projectId,
    StatementId statementId,
    Decision decision,
    String reason,
    ParticipantId decidedBy,
    Instant at)
    implements ProjectEvent {}
