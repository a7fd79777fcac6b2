package org.deliberation.core.statement;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.deliberation.core.common.StatementId;
import org.deliberation.core.statement.command.EditStatement;
import org.deliberation.core.statement.command.FlagStatement;
import org.deliberation.core.statement.command.HideStatement;
import org.deliberation.core.statement.command.PostStatement;
import org.deliberation.core.statement.command.RestoreStatement;
import org.deliberation.core.statement.command.WithdrawStatement;
import org.deliberation.core.statement.event.StatementEvent;
import org.deliberation.core.statement.event.StatementPosted;

/** The statement aggregate: posting, its author's edits and withdrawal, and moderation. Votes live in {@link Ballot}s, so they never contend here. */
public class Statement {

  @AggregateIdentifier private StatementId id;

  private StatementState state = StatementState.NONE;
  private StatementPosted posted;

  protected Statement() {
    // Axon rebuilds a statement from its events
  }

  @CommandHandler
  public Statement(PostStatement command) {
    StatementRules.post(command).forEach(AggregateLifecycle::apply);
  }

  @CommandHandler
  void handle(FlagStatement command) {
    StatementRules.flag(state, posted, command).forEach(AggregateLifecycle::apply);
  }

  @CommandHandler
  void handle(HideStatement command) {
    StatementRules.hide(state, posted, command).forEach(AggregateLifecycle::apply);
  }

  @CommandHandler
  void handle(RestoreStatement command) {
    StatementRules.restore(state, posted, command).forEach(AggregateLifecycle::apply);
  }

  @CommandHandler
  void handle(EditStatement command) {
    StatementRules.edit(state, posted, command).forEach(AggregateLifecycle::apply);
  }

  @CommandHandler
  void handle(WithdrawStatement command) {
    StatementRules.withdraw(state, posted, command).forEach(AggregateLifecycle::apply);
  }

  @EventSourcingHandler
  void on(StatementEvent event) {
    id = event.statementId();
    if (event instanceof StatementPosted first) {
      posted = first;
    }
    state = state.evolve(event);
  }
}
