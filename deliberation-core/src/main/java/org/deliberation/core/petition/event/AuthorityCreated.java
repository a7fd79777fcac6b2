package org.deliberation.core.petition.event;

import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.petition.AuthorityId;
import org.deliberation.core.petition.Thresholds;

/** An authority petitions may be addressed to, with its thresholds, recorded by an admin. */
public record AuthorityCreated(
    AuthorityId authorityId, String name, Thresholds thresholds, ParticipantId createdBy)
    implements AuthorityEvent {}
