package org.deliberation.core.statement;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.ConflictException;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.PermissionDeniedException;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.Role;
import org.deliberation.core.common.StatementId;
import org.deliberation.core.statement.command.FlagStatement;
import org.deliberation.core.statement.command.HideStatement;
import org.deliberation.core.statement.command.PostStatement;
import org.deliberation.core.statement.command.RestoreStatement;
import org.deliberation.core.statement.event.StatementFlagged;
import org.deliberation.core.statement.event.StatementHidden;
import org.deliberation.core.statement.event.StatementPosted;
import org.deliberation.core.statement.event.StatementRestored;
import org.junit.jupiter.api.Test;

class StatementTest {

  static final ProjectId PROJECT = new ProjectId("hall");
  static final StatementId STATEMENT = new StatementId("s1");
  static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");
  static final Actor CITIZEN = new Actor(new ParticipantId("citizen"), Set.of(Role.CITIZEN));
  static final Actor EXPERT =
      new Actor(new ParticipantId("expert"), Set.of(Role.CITIZEN, Role.EXPERT));
  static final Actor MODERATOR =
      new Actor(new ParticipantId("moderator"), Set.of(Role.CITIZEN, Role.MODERATOR));

  private final FixtureConfiguration<Statement> fixture =
      new AggregateTestFixture<>(Statement.class);

  private static StatementPosted posted() {
    return new StatementPosted(
        STATEMENT,
        PROJECT,
        "Build it near the school.",
        StatementKind.CONTRIBUTION,
        null,
        List.of(),
        null,
        null,
        AT,
        null,
        CITIZEN.id(),
        AuthorRole.CITIZEN);
  }

  @Test
  void aCitizenPostsAContribution() {
    fixture
        .givenNoPriorActivity()
        .when(
            new PostStatement(
                STATEMENT,
                PROJECT,
                "Build it near the school.",
                StatementKind.CONTRIBUTION,
                null,
                List.of(),
                null,
                null,
                AT,
                null,
                CITIZEN))
        .expectEvents(posted());
  }

  @Test
  void onlyAnExpertPostsAViewpoint() {
    fixture
        .givenNoPriorActivity()
        .when(
            new PostStatement(
                STATEMENT,
                PROJECT,
                "Costs are underestimated.",
                StatementKind.VIEWPOINT,
                Stance.AGAINST,
                List.of("https://example.org/audit"),
                null,
                "none",
                AT,
                null,
                CITIZEN))
        .expectException(PermissionDeniedException.class);
  }

  @Test
  void anExpertsViewpointCarriesItsStanceSourcesInterestsAndLink() {
    var link = new RelatesTo(new StatementId("s0"), Relation.CONTRADICTS);
    fixture
        .givenNoPriorActivity()
        .when(
            new PostStatement(
                STATEMENT,
                PROJECT,
                "Costs are underestimated.",
                StatementKind.VIEWPOINT,
                Stance.AGAINST,
                List.of("https://example.org/audit"),
                link,
                "Paid by no party",
                AT,
                null,
                EXPERT))
        .expectEvents(
            new StatementPosted(
                STATEMENT,
                PROJECT,
                "Costs are underestimated.",
                StatementKind.VIEWPOINT,
                Stance.AGAINST,
                List.of("https://example.org/audit"),
                link,
                "Paid by no party",
                AT,
                null,
                EXPERT.id(),
                AuthorRole.EXPERT));
  }

  @Test
  void refusesAViewpointWithoutStanceOrWithASourceThatIsNoWebLink() {
    fixture
        .givenNoPriorActivity()
        .when(
            new PostStatement(
                STATEMENT,
                PROJECT,
                "x",
                StatementKind.VIEWPOINT,
                null,
                List.of(),
                null,
                null,
                AT,
                null,
                EXPERT))
        .expectException(StatementRefusedException.class);
    new AggregateTestFixture<>(Statement.class)
        .givenNoPriorActivity()
        .when(
            new PostStatement(
                STATEMENT,
                PROJECT,
                "x",
                StatementKind.VIEWPOINT,
                Stance.FOR,
                List.of("javascript:alert(1)"),
                null,
                null,
                AT,
                null,
                EXPERT))
        .expectException(StatementRefusedException.class);
  }

  @Test
  void anyoneFlags() {
    fixture
        .given(posted())
        .when(new FlagStatement(STATEMENT, "insulting", CITIZEN))
        .expectEvents(new StatementFlagged(STATEMENT, PROJECT, "insulting", CITIZEN.id()));
  }

  @Test
  void aSecondReportByTheSameParticipantRecordsNothing() {
    fixture
        .given(posted(), new StatementFlagged(STATEMENT, PROJECT, "insulting", CITIZEN.id()))
        .when(new FlagStatement(STATEMENT, "insulting, I said", CITIZEN))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void aModeratorHidesWithAReasonAndRestores() {
    fixture
        .given(posted())
        .when(new HideStatement(STATEMENT, "insult", MODERATOR))
        .expectEvents(new StatementHidden(STATEMENT, PROJECT, "insult", MODERATOR.id()));
    new AggregateTestFixture<>(Statement.class)
        .given(posted(), new StatementHidden(STATEMENT, PROJECT, "insult", MODERATOR.id()))
        .when(new RestoreStatement(STATEMENT, "on appeal", MODERATOR))
        .expectEvents(new StatementRestored(STATEMENT, PROJECT, "on appeal", MODERATOR.id()));
  }

  @Test
  void aCitizenCannotHideAndNothingIsHiddenTwice() {
    fixture
        .given(posted())
        .when(new HideStatement(STATEMENT, "I dislike it", CITIZEN))
        .expectException(PermissionDeniedException.class);
    new AggregateTestFixture<>(Statement.class)
        .given(posted(), new StatementHidden(STATEMENT, PROJECT, "insult", MODERATOR.id()))
        .when(new HideStatement(STATEMENT, "again", MODERATOR))
        .expectException(ConflictException.class);
  }
}
