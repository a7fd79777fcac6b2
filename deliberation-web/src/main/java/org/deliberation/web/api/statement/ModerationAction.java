package org.deliberation.web.api.statement;

/** What a moderator does to a statement. */
public enum ModerationAction {
  HIDE,
  RESTORE
}
