package org.deliberation.core.follow.event;

import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.follow.FollowTarget;

/**
 * A participant follows a target from now on; recorded again when they change whether they want e-mail.
 *
 * @param email whether its news also go to the participant's registered e-mail address
 */
public record FollowStarted(ParticipantId participant, FollowTarget target, boolean email)
    implements FollowEvent {}
