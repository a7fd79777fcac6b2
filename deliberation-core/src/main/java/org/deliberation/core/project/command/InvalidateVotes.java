package org.deliberation.core.project.command;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;

/** Leave some accounts' votes out of the project's synthesis from {@code at} on, with the reason kept in history. */
public record InvalidateVotes(
    @TargetAggregateIdentifier ProjectId projectId,
    String invalidationId,
    List<ParticipantId> participants,
    String reason,
    Actor by,
    Instant at) {

  public InvalidateVotes {
    participants = List.copyOf(participants);
  }
}
