package org.deliberation.core.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.NotFoundException;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.PermissionDeniedException;
import org.deliberation.core.common.Role;
import org.deliberation.core.participant.command.ChangeRoles;
import org.deliberation.core.participant.command.EraseParticipant;
import org.deliberation.core.participant.command.RegisterParticipant;
import org.deliberation.core.participant.event.ParticipantErased;
import org.deliberation.core.participant.event.ParticipantRegistered;
import org.deliberation.core.participant.event.RolesChanged;
import org.junit.jupiter.api.Test;

class ParticipantRulesTest {

  static final ParticipantId PERSON = new ParticipantId("person");
  static final Actor MODERATOR =
      new Actor(new ParticipantId("moderator"), Set.of(Role.CITIZEN, Role.MODERATOR));
  static final Actor ADMIN =
      new Actor(new ParticipantId("admin"), Set.of(Role.CITIZEN, Role.ADMIN));
  static final ParticipantState CITIZEN = new ParticipantState(false, Set.of(Role.CITIZEN));

  @Test
  void everyoneIsACitizen() {
    assertThat(ParticipantRules.register(new RegisterParticipant(PERSON, Set.of(Role.ADMIN))))
        .containsExactly(new ParticipantRegistered(PERSON, Set.of(Role.CITIZEN, Role.ADMIN)));
  }

  @Test
  void aModeratorVerifiesAnExpertAndTheCitizenRoleStays() {
    assertThat(
            ParticipantRules.changeRoles(
                CITIZEN, new ChangeRoles(PERSON, Set.of(Role.EXPERT), MODERATOR)))
        .containsExactly(
            new RolesChanged(
                PERSON, Set.of(Role.CITIZEN), Set.of(Role.CITIZEN, Role.EXPERT), MODERATOR.id()));
  }

  @Test
  void onlyAnAdminGrantsOrWithdrawsModeratorAndAdmin() {
    assertThatThrownBy(
            () ->
                ParticipantRules.changeRoles(
                    CITIZEN, new ChangeRoles(PERSON, Set.of(Role.MODERATOR), MODERATOR)))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessage("Only admins may grant or withdraw the moderator and admin roles.");
    var moderator = new ParticipantState(false, Set.of(Role.CITIZEN, Role.MODERATOR));
    assertThatThrownBy(
            () ->
                ParticipantRules.changeRoles(
                    moderator, new ChangeRoles(PERSON, Set.of(), MODERATOR)))
        .isInstanceOf(PermissionDeniedException.class);
    assertThat(ParticipantRules.changeRoles(moderator, new ChangeRoles(PERSON, Set.of(), ADMIN)))
        .hasSize(1);
  }

  @Test
  void aCitizenChangesNoRoles() {
    var citizen = new Actor(new ParticipantId("citizen"), Set.of(Role.CITIZEN));
    assertThatThrownBy(
            () ->
                ParticipantRules.changeRoles(
                    CITIZEN, new ChangeRoles(PERSON, Set.of(Role.OFFICIAL), citizen)))
        .isInstanceOf(PermissionDeniedException.class);
  }

  @Test
  void unchangedRolesRecordNothing() {
    assertThat(ParticipantRules.changeRoles(CITIZEN, new ChangeRoles(PERSON, Set.of(), MODERATOR)))
        .isEmpty();
  }

  @Test
  void aParticipantErasesThemselvesOrAnAdminDoes() {
    var self = new Actor(PERSON, Set.of(Role.CITIZEN));
    assertThat(ParticipantRules.erase(CITIZEN, new EraseParticipant(PERSON, self)))
        .containsExactly(new ParticipantErased(PERSON, PERSON));
    assertThat(ParticipantRules.erase(CITIZEN, new EraseParticipant(PERSON, ADMIN))).hasSize(1);
    assertThatThrownBy(
            () -> ParticipantRules.erase(CITIZEN, new EraseParticipant(PERSON, MODERATOR)))
        .isInstanceOf(PermissionDeniedException.class);
  }

  @Test
  void anErasedParticipantIsGone() {
    var erased = CITIZEN.evolve(new ParticipantErased(PERSON, PERSON));
    assertThatThrownBy(
            () -> ParticipantRules.changeRoles(erased, new ChangeRoles(PERSON, Set.of(), ADMIN)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> ParticipantRules.erase(erased, new EraseParticipant(PERSON, ADMIN)))
        .isInstanceOf(NotFoundException.class);
  }
}
