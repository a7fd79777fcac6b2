package org.deliberation.core.participant;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.deliberation.core.common.NotFoundException;
import org.deliberation.core.common.PermissionDeniedException;
import org.deliberation.core.common.Role;
import org.deliberation.core.participant.command.ChangeRoles;
import org.deliberation.core.participant.command.EraseParticipant;
import org.deliberation.core.participant.command.RegisterParticipant;
import org.deliberation.core.participant.event.ParticipantErased;
import org.deliberation.core.participant.event.ParticipantEvent;
import org.deliberation.core.participant.event.ParticipantRegistered;
import org.deliberation.core.participant.event.RolesChanged;

/**
 * Who may change whose roles. Moderators verify experts and name officials; only admins grant or withdraw the
 * moderator and admin roles, so that a moderator cannot make themselves, or a friend, an admin. Everyone keeps
 * {@link Role#CITIZEN}.
 */
public final class ParticipantRules {

  private static final Set<Role> ADMIN_ONLY = EnumSet.of(Role.MODERATOR, Role.ADMIN);

  public static List<ParticipantEvent> register(RegisterParticipant command) {
    return List.of(
        new ParticipantRegistered(command.participantId(), withCitizen(command.roles())));
  }

  public static List<ParticipantEvent> changeRoles(ParticipantState state, ChangeRoles command) {
    requireNotErased(state);
    command.by().require("change a participant's roles", Role.MODERATOR, Role.ADMIN);
    var wanted = withCitizen(command.roles());
    var touched = EnumSet.noneOf(Role.class);
    touched.addAll(symmetricDifference(state.roles(), wanted));
    touched.retainAll(ADMIN_ONLY);
    if (!touched.isEmpty() && !command.by().hasAnyOf(Role.ADMIN)) {
      throw new PermissionDeniedException(
          "Only admins may grant or withdraw the moderator and admin roles.");
    }
    if (wanted.equals(state.roles())) {
      return List.of();
    }
    return List.of(
        new RolesChanged(command.participantId(), state.roles(), wanted, command.by().id()));
  }

  public static List<ParticipantEvent> erase(ParticipantState state, EraseParticipant command) {
    requireNotErased(state);
    if (!command.by().id().equals(command.participantId()) && !command.by().hasAnyOf(Role.ADMIN)) {
      throw new PermissionDeniedException(
          "Only the participant themselves or an admin may erase a participant.");
    }
    return List.of(new ParticipantErased(command.participantId(), command.by().id()));
  }

  private static void requireNotErased(ParticipantState state) {
    if (state.erased()) {
      throw new NotFoundException("This participant was erased.");
    }
  }

  private static Set<Role> withCitizen(Set<Role> roles) {
    var all = EnumSet.of(Role.CITIZEN);
    all.addAll(roles);
    return Set.copyOf(all);
  }

  private static Set<Role> symmetricDifference(Set<Role> a, Set<Role> b) {
    var union = EnumSet.noneOf(Role.class);
    union.addAll(a);
    union.addAll(b);
    union.removeIf(role -> a.contains(role) && b.contains(role));
    return union;
  }

  private ParticipantRules() {}
}
