package org.deliberation.core.petition.event;

import java.time.Instant;
import java.util.List;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.petition.PetitionId;

/**
 * A moderator invalidated the signatures of some participants: they leave the count (the recount is
 * {@code signatures}) and may not sign this petition again. {@code removed} are those of them who had signed. A
 * threshold reached before stays reached, with its instant: the record of when it was reached is history.
 */
public record SignaturesInvalidated(
    PetitionId petitionId,
    String invalidationId,
    List<ParticipantId> participants,
    List<ParticipantId> removed,
    String reason,
    ParticipantId invalidatedBy,
    int signatures,
    Instant at)
    implements PetitionEvent {

  public SignaturesInvalidated {
    participants = List.copyOf(participants);
    removed = List.copyOf(removed);
  }
}
