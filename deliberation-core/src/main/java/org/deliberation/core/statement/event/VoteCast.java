package org.deliberation.core.statement.event;

import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.StatementId;
import org.deliberation.core.statement.Vote;

/** A participant voted on a statement; their last vote is the one that counts. */
public record VoteCast(ProjectId projectId, StatementId statementId, ParticipantId participant, Vote vote)
    implements StatementEvent {}
