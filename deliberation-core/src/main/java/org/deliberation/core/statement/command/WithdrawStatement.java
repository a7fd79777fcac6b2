package org.deliberation.core.statement.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.StatementId;

/** The author withdraws their statement, at any time. */
public record WithdrawStatement(
    @TargetAggregateIdentifier StatementId statementId, Actor by, Instant at) {}
