package org.deliberation.web.deliberation.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deliberation.web.deliberation.live.Events.at;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.project.Language;
import org.deliberation.core.project.Stage;
import org.deliberation.core.project.event.ProjectCreated;
import org.deliberation.core.project.event.StageChanged;
import org.deliberation.web.participant.AuthorNames;
import org.deliberation.web.participant.ParticipantAccounts;
import org.deliberation.web.platform.eventstore.EventStreams;
import org.deliberation.web.project.projection.Projects;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

/**
 * The project's stage for an edit, a post or a vote comes from the live deliberation, whatever the stage, without a
 * read of the store; the project's own events decide only while this node's change is on its way, or before the live
 * state has the project.
 */
class StatementLookupTest {

  private final MutableClock clock = new MutableClock(at(60));
  private final Deliberations deliberations = LiveFixture.deliberations(clock);
  private final ChangeGate gate =
      new ChangeGate(VirtualTimeScheduler.create(), Duration.ofSeconds(5));
  private final DeliberationProjection projection =
      new DeliberationProjection(deliberations, mock(AuthorNames.class), gate);
  private final Projects projects = mock(Projects.class);
  private final EventStreams streams = mock(EventStreams.class);
  private final StatementLookup lookup =
      new StatementLookup(deliberations, projects, streams, mock(ParticipantAccounts.class), gate);

  @Test
  void aProjectInDraftIsAnsweredFromTheLiveStateByIdAndBySlugWithoutReadingTheStore() {
    created();

    assertThat(lookup.project(Events.PROJECT).block().stage()).isEqualTo(Stage.DRAFT);
    assertThat(lookup.project("the-hall").block().stage()).isEqualTo(Stage.DRAFT);
    verifyNoInteractions(projects, streams);
  }

  @Test
  void aStageChangeStoredHereIsJudgedOnTheProjectsEventsUntilTheLiveStateShowsIt() {
    created();
    gate.announced("opening", Events.PROJECT);
    when(projects.resolve(Events.PROJECT)).thenReturn(Mono.just(new ProjectId(Events.PROJECT)));
    when(streams.read(Events.PROJECT))
        .thenReturn(Mono.just(List.of(event(0, creation()), event(1, opening()))));

    assertThat(lookup.project(Events.PROJECT).block().stage()).isEqualTo(Stage.DELIBERATION);
    verify(streams).read(Events.PROJECT);

    projection.on(opening(), at(2), new GlobalSequenceTrackingToken(2), "opening");

    assertThat(lookup.project(Events.PROJECT).block().stage()).isEqualTo(Stage.DELIBERATION);
    verify(streams).read(Events.PROJECT); // still once: the live state answers again
  }

  @Test
  void aDeliberationThatHasNotAppliedTheProjectsCreationIsNotTrusted() {
    deliberations.of(Events.PROJECT); // asked for before its first event arrived
    when(projects.resolve(Events.PROJECT)).thenReturn(Mono.just(new ProjectId(Events.PROJECT)));
    when(streams.read(Events.PROJECT))
        .thenReturn(Mono.just(List.of(event(0, creation()), event(1, opening()))));

    assertThat(lookup.project(Events.PROJECT).block().stage()).isEqualTo(Stage.DELIBERATION);
    verify(streams).read(Events.PROJECT);
  }

  @Test
  void aPostedStatementIsShownOnceTheLiveStateAppliesItAndAWaitForOneNeverAppliedEnds() {
    created();

    StepVerifier.withVirtualTime(() -> lookup.shown(Events.PROJECT, "s1"))
        .expectSubscription()
        .expectNoEvent(Duration.ofMillis(100))
        .then(
            () ->
                projection.on(
                    Events.contribution("s1", "Open on Sundays."),
                    new GlobalSequenceTrackingToken(2)))
        .thenAwait(Duration.ofMillis(10))
        .verifyComplete();
    StepVerifier.withVirtualTime(() -> lookup.shown(Events.PROJECT, "never posted"))
        .expectSubscription()
        .expectNoEvent(StatementLookup.SHOWN_WITHIN.minusMillis(1))
        .thenAwait(Duration.ofMillis(1))
        .verifyComplete(); // the page is shown anyway, with what the live state has
  }

  private void created() {
    projection.on(creation(), at(1), new GlobalSequenceTrackingToken(1));
  }

  private static ProjectCreated creation() {
    return new ProjectCreated(
        new ProjectId(Events.PROJECT),
        "the-hall",
        "The sports hall",
        "Should the town build it?",
        "Town council",
        Language.en,
        new ParticipantId("official"),
        null);
  }

  private static StageChanged opening() {
    return new StageChanged(
        new ProjectId(Events.PROJECT),
        Stage.DRAFT,
        Stage.DELIBERATION,
        null,
        new ParticipantId("official"));
  }

  private static DomainEventMessage<?> event(long sequence, Object payload) {
    return new GenericDomainEventMessage<>("Project", Events.PROJECT, sequence, payload);
  }
}
