package org.deliberation.core.petition.event;

import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.petition.PetitionId;

/** A moderator hid the petition: out of the lists, and no signature taken, until restored. */
public record PetitionHidden(PetitionId petitionId, String reason, ParticipantId moderator)
    implements PetitionEvent {}
