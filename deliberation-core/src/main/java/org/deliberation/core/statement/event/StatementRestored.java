package org.deliberation.core.statement.event;

import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.StatementId;

/** A moderator showed a hidden statement again, saying why. */
public record StatementRestored(
    StatementId statementId, ProjectId projectId, String reason, ParticipantId restoredBy)
    implements StatementEvent {}
