package org.deliberation.core.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Who sends a command, with the roles they held when they sent it. Commands carry it so that role checks are domain
 * rules, tested with the rest; events keep only the {@link ParticipantId}.
 */
public record Actor(ParticipantId id, Set<Role> roles) {

  public Actor {
    roles = Set.copyOf(roles);
  }

  public boolean hasAnyOf(Role... wanted) {
    return Arrays.stream(wanted).anyMatch(roles::contains);
  }

  /**
   * Refuses unless this actor holds one of the roles.
   *
   * @param what what the actor tries to do, completing "Only officials may ..."
   */
  public void require(String what, Role... wanted) {
    if (!hasAnyOf(wanted)) {
      throw new PermissionDeniedException("Only " + plural(wanted) + " may " + what + ".");
    }
  }

  private static String plural(Role... roles) {
    var names =
        Arrays.stream(roles).map(role -> role.name().toLowerCase(Locale.ROOT) + "s").toList();
    return names.size() == 1
        ? names.getFirst()
        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
  }
}
