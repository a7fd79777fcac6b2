package org.deliberation.core.participant.event;

import org.deliberation.core.common.ParticipantId;

/** A participant's personal data was erased; what they wrote stays, attributed to a former participant. */
public record ParticipantErased(ParticipantId participantId, ParticipantId erasedBy)
    implements ParticipantEvent {}
