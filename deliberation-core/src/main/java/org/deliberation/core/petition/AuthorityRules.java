package org.deliberation.core.petition;

import java.util.List;
import org.deliberation.core.common.Role;
import org.deliberation.core.petition.command.CreateAuthority;
import org.deliberation.core.petition.event.AuthorityCreated;
import org.deliberation.core.petition.event.AuthorityEvent;

/** The decisions about an authority, as pure functions from command to events. */
public final class AuthorityRules {

  /** The largest threshold accepted: beyond any electorate, and far from an int's overflow. */
  public static final int MAX_THRESHOLD = 100_000_000;

  public static List<AuthorityEvent> create(CreateAuthority command) {
    command.by().require("record an authority", Role.ADMIN);
    if (command.name().isBlank()) {
      throw new PetitionRefusedException("Name the authority, for example 'Town council'.");
    }
    requireValid(command.thresholds());
    return List.of(
        new AuthorityCreated(
            command.authorityId(),
            command.name().strip(),
            command.thresholds(),
            command.by().id()));
  }

  /**
   * Both thresholds are positive and the response comes no later than the agenda: an authority answers a petition
   * before it debates it (they may be equal).
   */
  static void requireValid(Thresholds thresholds) {
    if (thresholds.response() < 1 || thresholds.agenda() < 1) {
      throw new PetitionRefusedException("Both thresholds must be at least 1 signature.");
    }
    if (thresholds.response() > MAX_THRESHOLD || thresholds.agenda() > MAX_THRESHOLD) {
      throw new PetitionRefusedException(
          "A threshold may be at most " + MAX_THRESHOLD + " signatures.");
    }
    if (thresholds.response() > thresholds.agenda()) {
      throw new PetitionRefusedException(
          "The response threshold ("
              + thresholds.response()
              + ") must not exceed the agenda threshold ("
              + thresholds.agenda()
              + "): a petition is answered before it is debated.");
    }
  }

  private AuthorityRules() {}
}
