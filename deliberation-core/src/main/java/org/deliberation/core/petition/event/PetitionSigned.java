package org.deliberation.core.petition.event;

import java.time.Instant;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.petition.PetitionId;
import org.jspecify.annotations.Nullable;

/**
 * A participant signed. {@code signatures} is the count with this signature; {@code area} the postcode area they
 * declared, null when they declared none.
 */
public record PetitionSigned(
    PetitionId petitionId,
    ParticipantId participantId,
    @Nullable String area,
    int signatures,
    Instant at)
    implements PetitionEvent {}
