package org.deliberation.core.participant.event;

import java.util.Set;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.Role;

/** A participant joined, with these roles. */
public record ParticipantRegistered(ParticipantId participantId, Set<Role> roles)
    implements ParticipantEvent {}
