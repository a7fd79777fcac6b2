package org.deliberation.core.statement.event;

import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.StatementId;

/** A participant reported a statement. */
public record StatementFlagged(
    StatementId statementId, ProjectId projectId, String reason, ParticipantId flaggedBy)
    implements StatementEvent {}
