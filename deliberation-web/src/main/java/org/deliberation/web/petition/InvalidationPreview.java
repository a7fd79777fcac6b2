package org.deliberation.web.petition;

import java.util.List;

/**
 * What an invalidation would do, recording nothing: of the participants named, those whose signature is counted
 * ({@code counted}), and the count before and after.
 */
public record InvalidationPreview(
    List<String> participants, List<String> counted, int before, int after) {

  public InvalidationPreview {
    participants = List.copyOf(participants);
    counted = List.copyOf(counted);
  }
}
