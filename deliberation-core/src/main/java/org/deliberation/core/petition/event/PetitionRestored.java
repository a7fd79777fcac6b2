package org.deliberation.core.petition.event;

import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.petition.PetitionId;

/** A moderator put a hidden petition back. */
public record PetitionRestored(PetitionId petitionId, String reason, ParticipantId moderator)
    implements PetitionEvent {}
