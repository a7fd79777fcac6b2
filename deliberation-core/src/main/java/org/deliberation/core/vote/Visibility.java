package org.deliberation.core.vote;

/** Whether a statement is shown to the public or hidden by a moderator. */
public enum Visibility {
  SHOWN,
  HIDDEN
}
