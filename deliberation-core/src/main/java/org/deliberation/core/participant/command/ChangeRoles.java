package org.deliberation.core.participant.command;

import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.Role;

/** Replace a participant's roles (verifying an expert, naming an official or a moderator). */
public record ChangeRoles(
    @TargetAggregateIdentifier ParticipantId participantId, Set<Role> roles, Actor by) {

  public ChangeRoles {
    roles = Set.copyOf(roles);
  }
}
