package org.deliberation.core.statement.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.StatementId;

/** Show a hidden statement again (moderators). */
public record RestoreStatement(
    @TargetAggregateIdentifier StatementId statementId, String reason, Actor by) {}
