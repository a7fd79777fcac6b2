package org.deliberation.core.statement.event;

import java.time.Instant;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.StatementId;
import org.deliberation.core.statement.Vote;

/**
 * A participant voted on a statement; their last vote is the one that counts. Votes belong to no aggregate: no rule
 * spans two votes, so each is a fact of its own, written in batches by the vote intake and never contending with other
 * voters.
 *
 * @param castAt when the vote was cast: now for a live vote, the source's time for an imported one, so the synthesis
 *     "as it stood then" is the same for both
 */
public record VoteCast(
    ProjectId projectId,
    StatementId statementId,
    ParticipantId participant,
    Vote vote,
    Instant castAt)
    implements StatementEvent {}
