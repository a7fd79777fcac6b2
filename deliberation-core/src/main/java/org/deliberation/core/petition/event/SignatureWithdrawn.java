package org.deliberation.core.petition.event;

import java.time.Instant;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.petition.PetitionId;
import org.jspecify.annotations.Nullable;

/** A participant took their signature back; {@code signatures} is the count without it, {@code area} its area. */
public record SignatureWithdrawn(
    PetitionId petitionId,
    ParticipantId participantId,
    @Nullable String area,
    int signatures,
    Instant at)
    implements PetitionEvent {}
