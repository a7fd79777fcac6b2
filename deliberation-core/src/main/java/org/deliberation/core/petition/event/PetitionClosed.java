package org.deliberation.core.petition.event;

import java.time.Instant;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.petition.PetitionId;
import org.jspecify.annotations.Nullable;

/** The petition takes no more signatures; it is CLOSED. */
public record PetitionClosed(
    PetitionId petitionId, @Nullable String reason, ParticipantId closedBy, Instant at)
    implements PetitionEvent {}
