package org.deliberation.core.follow;

import org.deliberation.core.follow.event.FollowEvent;
import org.deliberation.core.follow.event.FollowStarted;
import org.deliberation.core.follow.event.FollowStopped;

/** Whether the participant follows the target now, and with e-mail or not. */
public record FollowState(boolean following, boolean email) {

  public static final FollowState NONE = new FollowState(false, false);

  public FollowState evolve(FollowEvent event) {
    return switch (event) {
      case FollowStarted started -> new FollowState(true, started.email());
      case FollowStopped stopped -> NONE;
    };
  }
}
