package org.deliberation.core.statement.event;

import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.StatementId;

/** A moderator hid a statement, saying why. */
public record StatementHidden(
    StatementId statementId, ProjectId projectId, String reason, ParticipantId hiddenBy)
    implements StatementEvent {}
