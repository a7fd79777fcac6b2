package org.deliberation.core.participant.command;

import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.Role;

/**
 * Record that a participant exists, with their initial roles. Their personal data is stored elsewhere, never in
 * this command's event.
 */
public record RegisterParticipant(
    @TargetAggregateIdentifier ParticipantId participantId, Set<Role> roles) {

  public RegisterParticipant {
    roles = Set.copyOf(roles);
  }
}
