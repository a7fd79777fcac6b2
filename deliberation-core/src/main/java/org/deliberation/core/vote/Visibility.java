package org.deliberation.core.vote;

/** Whether a statement is shown to the public, hidden by a moderator, or withdrawn by its author. */
public enum Visibility {
  SHOWN,
  HIDDEN,
  WITHDRAWN
}
