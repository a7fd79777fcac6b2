package org.deliberation.core.petition.command;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.petition.PetitionId;

/** A moderator removes some participants' signatures from the count (fraud), with the reason kept in history. */
public record InvalidateSignatures(
    @TargetAggregateIdentifier PetitionId petitionId,
    String invalidationId,
    List<ParticipantId> participants,
    String reason,
    Actor by,
    Instant at) {

  public InvalidateSignatures {
    participants = List.copyOf(participants);
  }
}
