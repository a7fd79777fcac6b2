package org.deliberation.core.common;

/** What a participant may do. Every participant is a citizen; the other roles are granted by moderators or admins. */
public enum Role {
  CITIZEN,
  EXPERT,
  OFFICIAL,
  MODERATOR,
  ADMIN
}
