package org.deliberation.core.petition.event;

import org.deliberation.core.petition.PetitionId;

/** Everything that can happen to a petition. */
public sealed interface PetitionEvent
    permits PetitionOpened,
        PetitionSigned,
        SignatureWithdrawn,
        ThresholdReached,
        PetitionAnswered,
        PetitionClosed,
        ProjectOpenedFromPetition,
        PetitionHidden,
        PetitionRestored,
        SignaturesInvalidated {

  PetitionId petitionId();
}
