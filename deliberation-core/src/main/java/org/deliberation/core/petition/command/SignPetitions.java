package org.deliberation.core.petition.command;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.deliberation.core.petition.PetitionId;

/**
 * Several signatures of one petition, decided one after the other in one unit of work and stored as one commit: what
 * the web's signature intake sends when signers arrive together, so that a popular petition is not limited to one
 * durable write per signature. Each is decided exactly as a {@link SignPetition} alone would be.
 */
public record SignPetitions(
    @TargetAggregateIdentifier PetitionId petitionId, List<SignPetition> signatures) {

  public SignPetitions {
    signatures = List.copyOf(signatures);
  }
}
