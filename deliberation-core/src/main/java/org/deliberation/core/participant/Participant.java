package org.deliberation.core.participant;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.participant.command.ChangeRoles;
import org.deliberation.core.participant.command.EraseParticipant;
import org.deliberation.core.participant.command.RegisterParticipant;
import org.deliberation.core.participant.event.ParticipantEvent;

/** The participant aggregate: roles and erasure, as a thin shell over {@link ParticipantRules}. */
public class Participant {

  @AggregateIdentifier private ParticipantId id;

  private ParticipantState state = ParticipantState.NONE;

  protected Participant() {
    // Axon rebuilds a participant from its events
  }

  @CommandHandler
  public Participant(RegisterParticipant command) {
    ParticipantRules.register(command).forEach(AggregateLifecycle::apply);
  }

  @CommandHandler
  void handle(ChangeRoles command) {
    ParticipantRules.changeRoles(state, command).forEach(AggregateLifecycle::apply);
  }

  @CommandHandler
  void handle(EraseParticipant command) {
    ParticipantRules.erase(state, command).forEach(AggregateLifecycle::apply);
  }

  @EventSourcingHandler
  void on(ParticipantEvent event) {
    id = event.participantId();
    state = state.evolve(event);
  }
}
