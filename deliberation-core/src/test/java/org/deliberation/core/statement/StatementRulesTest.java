package org.deliberation.core.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.Role;
import org.deliberation.core.common.StatementId;
import org.deliberation.core.statement.command.FlagStatement;
import org.deliberation.core.statement.event.StatementFlagged;
import org.deliberation.core.statement.event.StatementHidden;
import org.deliberation.core.statement.event.StatementPosted;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StatementRulesTest {

  static final ProjectId PROJECT = new ProjectId("hall");
  static final StatementId STATEMENT = new StatementId("s1");
  static final Actor CITIZEN = new Actor(new ParticipantId("citizen"), Set.of(Role.CITIZEN));
  static final Actor OTHER = new Actor(new ParticipantId("other"), Set.of(Role.CITIZEN));
  static final StatementPosted POSTED =
      new StatementPosted(
          STATEMENT,
          PROJECT,
          "Build it near the school.",
          StatementKind.CONTRIBUTION,
          null,
          List.of(),
          null,
          null,
          Instant.parse("2026-03-01T10:00:00Z"),
          null,
          new ParticipantId("author"));

  private static StatementState after(Object... events) {
    var state = StatementState.NONE;
    for (var event : events) {
      state = state.evolve((org.deliberation.core.statement.event.StatementEvent) event);
    }
    return state;
  }

  @Nested
  class Flags {

    @Test
    void aFirstReportIsRecorded() {
      assertThat(
              StatementRules.flag(
                  after(POSTED), POSTED, new FlagStatement(STATEMENT, "insulting", CITIZEN)))
          .containsExactly(new StatementFlagged(STATEMENT, PROJECT, "insulting", CITIZEN.id()));
    }

    @Test
    void aSecondReportBySomeoneWhoReportedItAlreadyRecordsNothing() {
      var reported =
          after(POSTED, new StatementFlagged(STATEMENT, PROJECT, "insulting", CITIZEN.id()));

      assertThat(
              StatementRules.flag(
                  reported, POSTED, new FlagStatement(STATEMENT, "really insulting", CITIZEN)))
          .isEmpty();
      assertThat(
              StatementRules.flag(
                  reported, POSTED, new FlagStatement(STATEMENT, "off topic", OTHER)))
          .containsExactly(new StatementFlagged(STATEMENT, PROJECT, "off topic", OTHER.id()));
    }

    @Test
    void reportsStoredTwiceBeforeTheRuleCountOnceAndSurviveModeration() {
      var state =
          after(
              POSTED,
              new StatementFlagged(STATEMENT, PROJECT, "a", CITIZEN.id()),
              new StatementFlagged(STATEMENT, PROJECT, "b", CITIZEN.id()),
              new StatementHidden(STATEMENT, PROJECT, "insult", new ParticipantId("moderator")));

      assertThat(state.flaggedBy()).containsExactly(CITIZEN.id());
      assertThat(state.hidden()).isTrue();
    }
  }
}
