package org.deliberation.web.notification.follow;

import org.jspecify.annotations.Nullable;

/** A follow, with or without its news by e-mail (without when not said). */
public record FollowRequest(@Nullable Boolean email) {

  public boolean wantsEmail() {
    return Boolean.TRUE.equals(email);
  }
}
