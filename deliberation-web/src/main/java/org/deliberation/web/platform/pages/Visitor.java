package org.deliberation.web.platform.pages;

import java.util.Set;
import org.deliberation.core.common.Role;
import org.jspecify.annotations.Nullable;

/** Who is looking at a page: signed in or not, and what their roles let the page offer them. */
public record Visitor(@Nullable String id, @Nullable String displayName, Set<Role> roles) {

  public static final Visitor ANONYMOUS = new Visitor(null, null, Set.of());

  public Visitor {
    roles = Set.copyOf(roles);
  }

  public boolean signedIn() {
    return id != null;
  }

  public boolean expert() {
    return roles.contains(Role.EXPERT);
  }

  public boolean moderator() {
    return roles.contains(Role.MODERATOR) || roles.contains(Role.ADMIN);
  }

  /** Officials speak for an authority: they answer petitions on its agenda. */
  public boolean official() {
    return roles.contains(Role.OFFICIAL);
  }

  /** Officials, moderators and admins steer a project through its stages. */
  public boolean steward() {
    return roles.contains(Role.OFFICIAL) || moderator();
  }
}
