package org.deliberation.web.notification.follow;

import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.follow.FollowId;

/** Someone who follows a target, and whether they asked for its news by e-mail. */
public record Follower(FollowId follow, boolean email) {

  public ParticipantId participant() {
    return follow.participant();
  }
}
