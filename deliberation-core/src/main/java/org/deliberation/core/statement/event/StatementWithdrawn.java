package org.deliberation.core.statement.event;

import java.time.Instant;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.StatementId;

/**
 * Its author withdrew a statement: from {@code at} on it is in no list and no synthesis and takes no vote. Its votes
 * stay in the history, so a synthesis of an earlier instant still shows it.
 */
public record StatementWithdrawn(
    StatementId statementId, ProjectId projectId, ParticipantId withdrawnBy, Instant at)
    implements StatementEvent {}
