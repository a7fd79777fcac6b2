package org.deliberation.core.participant;

import java.util.Set;
import org.deliberation.core.common.Role;
import org.deliberation.core.participant.event.ParticipantErased;
import org.deliberation.core.participant.event.ParticipantEvent;
import org.deliberation.core.participant.event.ParticipantRegistered;
import org.deliberation.core.participant.event.RolesChanged;

/** A participant's roles and whether they were erased. */
public record ParticipantState(boolean erased, Set<Role> roles) {

  public static final ParticipantState NONE = new ParticipantState(false, Set.of());

  public ParticipantState {
    roles = Set.copyOf(roles);
  }

  public ParticipantState evolve(ParticipantEvent event) {
    return switch (event) {
      case ParticipantRegistered registered -> new ParticipantState(false, registered.roles());
      case RolesChanged changed -> new ParticipantState(erased, changed.to());
      case ParticipantErased gone -> new ParticipantState(true, Set.of());
    };
  }
}
