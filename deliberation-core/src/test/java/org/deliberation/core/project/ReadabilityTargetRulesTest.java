package org.deliberation.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.PermissionDeniedException;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.Role;
import org.deliberation.core.project.command.SetReadabilityTarget;
import org.deliberation.core.project.event.ReadabilityTargetSet;
import org.deliberation.core.readability.ReadingLevel;
import org.junit.jupiter.api.Test;

class ReadabilityTargetRulesTest {

  private static final ProjectId PROJECT = new ProjectId("p1");
  private static final ProjectState OPEN = new ProjectState(true, Stage.DELIBERATION);

  @Test
  void whoMayChangeTheStageMaySetTheTarget() {
    for (var role : Set.of(Role.OFFICIAL, Role.MODERATOR, Role.ADMIN)) {
      var by = new Actor(new ParticipantId("someone"), java.util.EnumSet.of(Role.CITIZEN, role));

      var events =
          ProjectRules.setReadabilityTarget(
              OPEN, new SetReadabilityTarget(PROJECT, ReadingLevel.STANDARD, by));

      assertThat(events)
          .containsExactly(new ReadabilityTargetSet(PROJECT, ReadingLevel.STANDARD, by.id()));
      assertThat(OPEN.evolve(events.getFirst())).isEqualTo(OPEN);
    }
  }

  @Test
  void othersMayNot() {
    for (var role : Set.of(Role.CITIZEN, Role.EXPERT)) {
      var by = new Actor(new ParticipantId("someone"), java.util.EnumSet.of(Role.CITIZEN, role));

      assertThatThrownBy(
              () ->
                  ProjectRules.setReadabilityTarget(
                      OPEN, new SetReadabilityTarget(PROJECT, ReadingLevel.EASY, by)))
          .isInstanceOf(PermissionDeniedException.class)
          .hasMessageContaining("readability target");
    }
  }
}
