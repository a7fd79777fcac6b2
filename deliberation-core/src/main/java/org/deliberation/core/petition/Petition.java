package org.deliberation.core.petition;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.deliberation.core.common.DomainException;
import org.deliberation.core.petition.command.AnswerPetition;
import org.deliberation.core.petition.command.ClosePetition;
import org.deliberation.core.petition.command.HidePetition;
import org.deliberation.core.petition.command.InvalidateSignatures;
import org.deliberation.core.petition.command.OpenPetition;
import org.deliberation.core.petition.command.RecordProjectOpened;
import org.deliberation.core.petition.command.RestorePetition;
import org.deliberation.core.petition.command.SignPetition;
import org.deliberation.core.petition.command.SignPetitions;
import org.deliberation.core.petition.command.WithdrawSignature;
import org.deliberation.core.petition.event.PetitionEvent;

/**
 * The petition aggregate: a thin Axon shell that routes commands to {@link PetitionRules} and folds events into
 * {@link PetitionState}. Axon handles one command at a time per aggregate, which is what keeps one signature per
 * participant and the count exact under concurrent signers. Each handler answers a {@link PetitionOutcome}.
 */
public class Petition {

  @AggregateIdentifier private PetitionId id;

  private PetitionState state = new PetitionState();

  protected Petition() {
    // Axon rebuilds a petition from its events
  }

  @CommandHandler
  public Petition(OpenPetition command) {
    apply(PetitionRules.open(command));
  }

  @CommandHandler
  PetitionOutcome handle(SignPetition command) {
    apply(PetitionRules.sign(state, command));
    var signature = state.signature(command.by().id());
    return new PetitionOutcome(
        state.version() - 1,
        state.signatures(),
        signature != null,
        signature == null ? null : signature.at());
  }

  /** Each signature decided in turn on the state the previous ones left; a refused one does not stop the others. */
  @CommandHandler
  List<SignatureResult> handle(SignPetitions command) {
    var results = new ArrayList<SignatureResult>();
    for (var signature : command.signatures()) {
      try {
        results.add(new SignatureResult(handle(signature), null));
      } catch (DomainException refused) {
        results.add(new SignatureResult(null, refused));
      }
    }
    return results;
  }

  @CommandHandler
  PetitionOutcome handle(WithdrawSignature command) {
    return outcome(PetitionRules.withdraw(state, command));
  }

  @CommandHandler
  PetitionOutcome handle(AnswerPetition command) {
    return outcome(PetitionRules.answer(state, command));
  }

  @CommandHandler
  PetitionOutcome handle(ClosePetition command) {
    return outcome(PetitionRules.close(state, command));
  }

  @CommandHandler
  PetitionOutcome handle(RecordProjectOpened command) {
    return outcome(PetitionRules.recordProject(state, command));
  }

  @CommandHandler
  PetitionOutcome handle(HidePetition command) {
    return outcome(PetitionRules.hide(state, command));
  }

  @CommandHandler
  PetitionOutcome handle(RestorePetition command) {
    return outcome(PetitionRules.restore(state, command));
  }

  @CommandHandler
  PetitionOutcome handle(InvalidateSignatures command) {
    return outcome(PetitionRules.invalidate(state, command));
  }

  @EventSourcingHandler
  void on(PetitionEvent event) {
    id = event.petitionId();
    state = state.evolve(event);
  }

  private static void apply(List<PetitionEvent> events) {
    events.forEach(AggregateLifecycle::apply);
  }

  private PetitionOutcome outcome(List<PetitionEvent> events) {
    apply(events);
    return new PetitionOutcome(state.version() - 1, state.signatures(), false, null);
  }
}
