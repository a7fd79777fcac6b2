package org.deliberation.core.participant.event;

import org.deliberation.core.common.ParticipantId;

/** Everything that can happen to a participant; none of it personal. */
public sealed interface ParticipantEvent
    permits ParticipantRegistered, RolesChanged, ParticipantErased {

  ParticipantId participantId();
}
