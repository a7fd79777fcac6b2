package org.deliberation.core.statement.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.StatementId;

/** Report a statement to the moderators, with a reason. */
public record FlagStatement(
    @TargetAggregateIdentifier StatementId statementId, String reason, Actor by) {}
