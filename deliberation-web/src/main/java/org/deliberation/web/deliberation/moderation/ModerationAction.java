package org.deliberation.web.deliberation.moderation;

/** What a moderator does to a statement. */
public enum ModerationAction {
  HIDE,
  RESTORE
}
