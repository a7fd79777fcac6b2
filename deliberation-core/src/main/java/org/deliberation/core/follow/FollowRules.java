package org.deliberation.core.follow;

import java.util.List;
import org.deliberation.core.follow.command.StartFollowing;
import org.deliberation.core.follow.command.StopFollowing;
import org.deliberation.core.follow.event.FollowEvent;
import org.deliberation.core.follow.event.FollowStarted;
import org.deliberation.core.follow.event.FollowStopped;

/**
 * Following is idempotent: asking for what already holds records nothing, so a repeated request, a double click or a
 * retried race leaves one follow and one event.
 */
public final class FollowRules {

  public static List<FollowEvent> start(FollowState state, StartFollowing command) {
    if (state.following() && state.email() == command.email()) {
      return List.of();
    }
    var id = command.followId();
    return List.of(new FollowStarted(id.participant(), id.target(), command.email()));
  }

  public static List<FollowEvent> stop(FollowState state, StopFollowing command) {
    if (!state.following()) {
      return List.of();
    }
    var id = command.followId();
    return List.of(new FollowStopped(id.participant(), id.target()));
  }

  private FollowRules() {}
}
