package org.deliberation.core.participant;

import static org.deliberation.core.participant.ParticipantRulesTest.ADMIN;
import static org.deliberation.core.participant.ParticipantRulesTest.MODERATOR;
import static org.deliberation.core.participant.ParticipantRulesTest.PERSON;

import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.deliberation.core.common.NotFoundException;
import org.deliberation.core.common.Role;
import org.deliberation.core.participant.command.ChangeRoles;
import org.deliberation.core.participant.command.EraseParticipant;
import org.deliberation.core.participant.command.RegisterParticipant;
import org.deliberation.core.participant.event.ParticipantErased;
import org.deliberation.core.participant.event.ParticipantRegistered;
import org.deliberation.core.participant.event.RolesChanged;
import org.junit.jupiter.api.Test;

class ParticipantTest {

  private final FixtureConfiguration<Participant> fixture =
      new AggregateTestFixture<>(Participant.class);

  private static ParticipantRegistered registered() {
    return new ParticipantRegistered(PERSON, Set.of(Role.CITIZEN));
  }

  @Test
  void registers() {
    fixture
        .givenNoPriorActivity()
        .when(new RegisterParticipant(PERSON, Set.of()))
        .expectEvents(registered());
  }

  @Test
  void changesRolesFromThoseItHolds() {
    fixture
        .given(
            registered(),
            new RolesChanged(
                PERSON, Set.of(Role.CITIZEN), Set.of(Role.CITIZEN, Role.EXPERT), MODERATOR.id()))
        .when(new ChangeRoles(PERSON, Set.of(Role.EXPERT, Role.OFFICIAL), MODERATOR))
        .expectEvents(
            new RolesChanged(
                PERSON,
                Set.of(Role.CITIZEN, Role.EXPERT),
                Set.of(Role.CITIZEN, Role.EXPERT, Role.OFFICIAL),
                MODERATOR.id()));
  }

  @Test
  void anErasedParticipantTakesNoMoreCommands() {
    fixture
        .given(registered(), new ParticipantErased(PERSON, PERSON))
        .when(new EraseParticipant(PERSON, ADMIN))
        .expectException(NotFoundException.class)
        .expectNoEvents();
  }
}
