package org.deliberation.core.statement.event;

import java.time.Instant;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.StatementId;

/** Its author rewrote a statement that had no vote yet: {@code text} replaces the text it had. */
public record StatementEdited(
    StatementId statementId, ProjectId projectId, String text, ParticipantId editedBy, Instant at)
    implements StatementEvent {}
