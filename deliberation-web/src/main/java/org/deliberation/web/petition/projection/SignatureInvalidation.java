package org.deliberation.web.petition.projection;

import java.time.Instant;
import java.util.List;

/** A recorded invalidation: whom it named, whose signatures it removed, why, and the count after it. */
public record SignatureInvalidation(
    String id,
    List<String> participants,
    List<String> removed,
    String reason,
    String by,
    Instant at,
    int signatures) {

  public SignatureInvalidation {
    participants = List.copyOf(participants);
    removed = List.copyOf(removed);
  }
}
