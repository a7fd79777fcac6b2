package org.deliberation.core.project.event;

import java.time.Instant;
import java.util.List;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;

/**
 * A moderator invalidated the votes of some accounts in the project: from {@code at} on, the synthesis leaves them
 * out. The votes themselves stay in the history; {@code at} is stamped by the same clock as the votes' instants, so
 * time travel compares the two.
 */
public record VotesInvalidated(
    ProjectId projectId,
    String invalidationId,
    List<ParticipantId> participants,
    String reason,
    ParticipantId invalidatedBy,
    Instant at)
    implements ProjectEvent {

  public VotesInvalidated {
    participants = List.copyOf(participants);
  }
}
