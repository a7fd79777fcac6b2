package org.deliberation.core.statement;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.deliberation.core.statement.command.CastVote;
import org.deliberation.core.statement.event.VoteCast;
import org.jspecify.annotations.Nullable;

/**
 * One participant's ballot on one statement. Its own consistency boundary: a vote loads only this participant's
 * earlier votes on this statement, never the statement's other voters. Casting the vote one already has records
 * nothing.
 */
public class Ballot {

  @AggregateIdentifier
  private BallotId id;

  private @Nullable Vote current;

  protected Ballot() {
    // created on the first vote, rebuilt from its events after
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(CastVote command) {
    if (command.vote() != current) {
      AggregateLifecycle.apply(new VoteCast(command.projectId(), command.ballotId().statement(),
          command.ballotId().participant(), command.vote()));
    }
  }

  @EventSourcingHandler
  void on(VoteCast event) {
    id = new BallotId(event.statementId(), event.participant());
    current = event.vote();
  }
}
