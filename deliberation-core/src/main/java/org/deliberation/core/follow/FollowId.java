package org.deliberation.core.follow;

import org.deliberation.core.common.ParticipantId;

/**
 * The identifier of one participant's follow of one target: derived from both, so that every request of that
 * participant about that target addresses the same aggregate, and a second follow can never be created beside it.
 */
public record FollowId(ParticipantId participant, FollowTarget target) {

  /** Axon uses {@code toString()} as the aggregate identifier: {@code follow:<participant>:<kind>:<id>}. */
  @Override
  public String toString() {
    return "follow:" + participant.value() + ":" + target.key();
  }
}
