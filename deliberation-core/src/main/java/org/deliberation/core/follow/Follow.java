package org.deliberation.core.follow;

import static org.axonframework.modelling.command.AggregateCreationPolicy.CREATE_IF_MISSING;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.deliberation.core.follow.command.StartFollowing;
import org.deliberation.core.follow.command.StopFollowing;
import org.deliberation.core.follow.event.FollowEvent;

/**
 * One participant's follow of one target, as a thin shell over {@link FollowRules}. Created by the first command
 * that addresses it, whichever it is: two racing first requests collide on the stream's first event, and the loser
 * is retried on the winner's state, where the rules find nothing left to record.
 */
public class Follow {

  @AggregateIdentifier private String id;

  private FollowState state = FollowState.NONE;

  protected Follow() {
    // Axon rebuilds a follow from its events, or creates it empty for its first command
  }

  @CommandHandler
  @CreationPolicy(CREATE_IF_MISSING)
  void handle(StartFollowing command) {
    id = command.followId().toString();
    FollowRules.start(state, command).forEach(AggregateLifecycle::apply);
  }

  @CommandHandler
  @CreationPolicy(CREATE_IF_MISSING)
  void handle(StopFollowing command) {
    id = command.followId().toString();
    FollowRules.stop(state, command).forEach(AggregateLifecycle::apply);
  }

  @EventSourcingHandler
  void on(FollowEvent event) {
    id = event.followId().toString();
    state = state.evolve(event);
  }
}
