package org.deliberation.core.statement;

import org.deliberation.core.common.Role;
import org.jspecify.annotations.Nullable;

/**
 * In what capacity a statement's author spoke: as a citizen, as an expert, or for the authority. Shown beside every
 * statement, because participants blame the authority for words it did not write when this is missing. Taken from the
 * author's roles when they posted, and kept on the event: a role granted or taken away later does not change it.
 */
public enum AuthorRole {
  CITIZEN,
  EXPERT,
  AUTHORITY;

  /**
   * The capacity of an author with these roles: an official speaks for the authority whatever else they are, then an
   * expert as an expert; an imported statement's author, who has no account here, as a citizen.
   */
  public static AuthorRole of(java.util.Set<Role> roles, boolean imported) {
    if (imported) {
      return CITIZEN;
    }
    if (roles.contains(Role.OFFICIAL)) {
      return AUTHORITY;
    }
    return roles.contains(Role.EXPERT) ? EXPERT : CITIZEN;
  }

  /**
   * The capacity of a statement stored before it was recorded: a viewpoint needed the expert role, a contribution is
   * taken as a citizen's (the roles of that time are not known).
   */
  public static AuthorRole orDefault(@Nullable AuthorRole recorded, StatementKind kind) {
    if (recorded != null) {
      return recorded;
    }
    return kind == StatementKind.VIEWPOINT ? EXPERT : CITIZEN;
  }
}
