package org.deliberation.web.integrity;

import java.time.Instant;
import java.util.List;
import org.deliberation.web.deliberation.live.Invalidation;
import org.jspecify.annotations.Nullable;

/**
 * An invalidation as the API shows it.
 *
 * @param state {@code IN_FORCE} or {@code REVERSED}
 */
public record InvalidationView(
    String id,
    List<String> participants,
    String reason,
    String by,
    Instant at,
    String state,
    @Nullable String reversedBy,
    @Nullable Instant reversedAt) {

  public InvalidationView {
    participants = List.copyOf(participants);
  }

  static InvalidationView of(Invalidation invalidation) {
    return new InvalidationView(
        invalidation.id(),
        invalidation.participants(),
        invalidation.reason(),
        invalidation.by(),
        invalidation.at(),
        invalidation.inForce() ? "IN_FORCE" : "REVERSED",
        invalidation.reversedBy(),
        invalidation.reversedAt());
  }
}
