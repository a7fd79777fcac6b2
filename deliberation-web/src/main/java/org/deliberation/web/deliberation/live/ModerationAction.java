package org.deliberation.web.deliberation.live;

/** What a moderator does to a statement. */
public enum ModerationAction {
  HIDE,
  RESTORE
}
