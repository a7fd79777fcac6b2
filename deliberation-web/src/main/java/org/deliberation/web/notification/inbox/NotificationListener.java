package org.deliberation.web.notification.inbox;

import org.deliberation.core.follow.FollowId;

/**
 * Told of each notification stored for the first time from a live event (never during a replay or a rebuild, nor
 * for one stored before): what mail listens to. Called on the projection's thread: it must hand the work off and
 * return at once.
 */
public interface NotificationListener {

  /** A follower was notified through their follow, which asked for e-mail. */
  void mailWanted(FollowId follow, Notice notice);
}
