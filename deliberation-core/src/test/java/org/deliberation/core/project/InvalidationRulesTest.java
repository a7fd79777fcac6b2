package org.deliberation.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.deliberation.core.project.ProjectRulesTest.CITIZEN;
import static org.deliberation.core.project.ProjectRulesTest.OFFICIAL;
import static org.deliberation.core.project.ProjectRulesTest.PROJECT;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.ConflictException;
import org.deliberation.core.common.NotFoundException;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.PermissionDeniedException;
import org.deliberation.core.common.Role;
import org.deliberation.core.project.command.InvalidateVotes;
import org.deliberation.core.project.command.ReverseInvalidation;
import org.deliberation.core.project.event.InvalidationReversed;
import org.deliberation.core.project.event.ProjectCreated;
import org.deliberation.core.project.event.VotesInvalidated;
import org.junit.jupiter.api.Test;

/** Invalidations: who may record and reverse them, what they must say, and that each is reversed once. */
class InvalidationRulesTest {

  static final Actor MODERATOR = new Actor(new ParticipantId("mod"), Set.of(Role.MODERATOR));
  static final Instant AT = Instant.parse("2026-05-01T10:00:00Z");
  static final List<ParticipantId> BRIGADE =
      List.of(new ParticipantId("p2"), new ParticipantId("p1"), new ParticipantId("p2"));

  private final ProjectState open = new ProjectState(true, Stage.DELIBERATION);

  private static VotesInvalidated invalidated() {
    return new VotesInvalidated(
        PROJECT,
        "i1",
        List.of(new ParticipantId("p1"), new ParticipantId("p2")),
        "lockstep",
        MODERATOR.id(),
        AT);
  }

  @Test
  void aModeratorInvalidatesDistinctParticipantsWithAReason() {
    var events =
        ProjectRules.invalidateVotes(
            open, new InvalidateVotes(PROJECT, "i1", BRIGADE, "  lockstep ", MODERATOR, AT));

    assertThat(events).containsExactly(invalidated());
    assertThat(open.evolve(events.getFirst()).invalidations()).containsEntry("i1", true);
  }

  @Test
  void onlyModeratorsAndAdminsInvalidateOrReverse() {
    assertThatThrownBy(
            () ->
                ProjectRules.invalidateVotes(
                    open, new InvalidateVotes(PROJECT, "i1", BRIGADE, "x", OFFICIAL, AT)))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessage("Only moderators and admins may invalidate votes.");
    assertThatThrownBy(
            () ->
                ProjectRules.reverseInvalidation(
                    open.evolve(invalidated()),
                    new ReverseInvalidation(PROJECT, "i1", CITIZEN, AT)))
        .isInstanceOf(PermissionDeniedException.class);
  }

  @Test
  void refusesAnInvalidationOfNobodyOrWithoutReason() {
    assertThatThrownBy(
            () ->
                ProjectRules.invalidateVotes(
                    open, new InvalidateVotes(PROJECT, "i1", List.of(), "x", MODERATOR, AT)))
        .isInstanceOf(InvalidationRefusedException.class)
        .hasMessageContaining("at least one participant");
    assertThatThrownBy(
            () ->
                ProjectRules.invalidateVotes(
                    open, new InvalidateVotes(PROJECT, "i1", BRIGADE, " ", MODERATOR, AT)))
        .isInstanceOf(InvalidationRefusedException.class)
        .hasMessageContaining("reason");
  }

  @Test
  void reversesOnceAndKnowsOnlyItsOwnInvalidations() {
    var recorded = open.evolve(invalidated());
    var reverse = new ReverseInvalidation(PROJECT, "i1", MODERATOR, AT.plusSeconds(60));

    var events = ProjectRules.reverseInvalidation(recorded, reverse);

    assertThat(events)
        .containsExactly(
            new InvalidationReversed(PROJECT, "i1", MODERATOR.id(), AT.plusSeconds(60)));
    var reversed = recorded.evolve(events.getFirst());
    assertThat(reversed.invalidations()).containsEntry("i1", false);
    assertThatThrownBy(() -> ProjectRules.reverseInvalidation(reversed, reverse))
        .isInstanceOf(ConflictException.class)
        .hasMessage("The invalidation i1 is already reversed.");
    assertThatThrownBy(
            () ->
                ProjectRules.reverseInvalidation(
                    recorded, new ReverseInvalidation(PROJECT, "i9", MODERATOR, AT)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aStageChangeKeepsTheInvalidations() {
    var recorded = open.evolve(invalidated());
    var moved =
        recorded.evolve(
            new org.deliberation.core.project.event.StageChanged(
                PROJECT, Stage.DELIBERATION, Stage.SYNTHESIS, null, OFFICIAL.id()));
    assertThat(moved.invalidations()).containsEntry("i1", true);
  }

  @Test
  void theAggregateRemembersItsInvalidationsFromItsEvents() {
    FixtureConfiguration<Project> fixture = new AggregateTestFixture<>(Project.class);
    var created =
        new ProjectCreated(
            PROJECT, "hall", "Hall", "Build?", "Council", Language.en, OFFICIAL.id());
    fixture
        .given(created)
        .when(new InvalidateVotes(PROJECT, "i1", BRIGADE, "lockstep", MODERATOR, AT))
        .expectEvents(invalidated());
    fixture
        .given(created, invalidated())
        .when(new ReverseInvalidation(PROJECT, "i1", MODERATOR, AT))
        .expectEvents(new InvalidationReversed(PROJECT, "i1", MODERATOR.id(), AT));
    fixture
        .given(created, invalidated(), new InvalidationReversed(PROJECT, "i1", MODERATOR.id(), AT))
        .when(new ReverseInvalidation(PROJECT, "i1", MODERATOR, AT))
        .expectException(ConflictException.class)
        .expectNoEvents();
  }
}
