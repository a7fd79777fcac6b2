package org.deliberation.core.participant.event;

import java.util.Set;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.Role;

/** A moderator or an admin changed a participant's roles: the audit trail of every grant and revocation. */
public record RolesChanged(
    ParticipantId participantId, Set<Role> from, Set<Role> to, ParticipantId changedBy)
    implements ParticipantEvent {}
