package org.deliberation.core.project.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.StatementId;
import org.deliberation.core.project.Decision;

/**
 * An official answers one point of the synthesis (a statement of the consensus or dissent) with a decision and its
 * reason. A new answer to the same point revises the last; every one stays in the history.
 */
public record RecordCommitment(
    @TargetAggregateIdentifier ProjectId projectId,
    StatementId statementId,
    Decision decision,
    String reason,
    Actor by,
    Instant at) {}
