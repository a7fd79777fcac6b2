package org.deliberation.web.deliberation.live;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A moderator's invalidation of some accounts' votes, as the project's history has it.
 *
 * @param at from when the synthesis leaves the votes out
 * @param reversedAt from when it counts them again; null while the invalidation is in force
 */
public record Invalidation(
    String id,
    List<String> participants,
    String reason,
    String by,
    Instant at,
    @Nullable String reversedBy,
    @Nullable Instant reversedAt) {

  public Invalidation {
    participants = List.copyOf(participants);
  }

  public boolean inForce() {
    return reversedAt == null;
  }

  /**
   * Whether it applied to the synthesis as it stood at an instant: recorded by then and not yet reversed. An
   * invalidation recorded later never changes an earlier instant, so the past stays as it was shown.
   */
  public boolean inForceAt(Instant instant) {
    return !at.isAfter(instant) && (reversedAt == null || reversedAt.isAfter(instant));
  }

  Invalidation reversed(String reverser, Instant when) {
    return new Invalidation(id, participants, reason, by, at, reverser, when);
  }
}
