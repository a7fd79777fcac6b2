package org.deliberation.core.statement.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.StatementId;

/**
 * The author rewrites their statement's text.
 *
 * @param votes the votes cast on it so far, as whoever takes the command counts them: votes belong to no aggregate
 */
public record EditStatement(
    @TargetAggregateIdentifier StatementId statementId,
    String text,
    long votes,
    Actor by,
    Instant at) {}
