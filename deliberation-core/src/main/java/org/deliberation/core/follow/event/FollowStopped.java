package org.deliberation.core.follow.event;

import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.follow.FollowTarget;

/** A participant no longer follows a target. */
public record FollowStopped(ParticipantId participant, FollowTarget target)
    implements FollowEvent {}
