package org.deliberation.core.follow.event;

import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.follow.FollowId;
import org.deliberation.core.follow.FollowTarget;

/** Everything that can happen to a follow. */
public sealed interface FollowEvent permits FollowStarted, FollowStopped {

  ParticipantId participant();

  FollowTarget target();

  default FollowId followId() {
    return new FollowId(participant(), target());
  }
}
