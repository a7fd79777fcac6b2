package org.deliberation.core.statement.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.statement.BallotId;
import org.deliberation.core.statement.Vote;

/** A participant votes on a statement; a later vote replaces an earlier one. */
public record CastVote(@TargetAggregateIdentifier BallotId ballotId, ProjectId projectId, Vote vote) {}
