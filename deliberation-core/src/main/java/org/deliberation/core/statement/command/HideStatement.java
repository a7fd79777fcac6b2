package org.deliberation.core.statement.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.StatementId;

/** Hide a statement (moderators): it leaves the synthesis and the lists, and stays in history. */
public record HideStatement(
    @TargetAggregateIdentifier StatementId statementId, String reason, Actor by) {}
