package org.deliberation.web.deliberation.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deliberation.web.deliberation.live.Events.at;
import static org.deliberation.web.deliberation.live.Events.contribution;
import static org.deliberation.web.deliberation.live.Events.vote;

import java.util.ArrayList;
import java.util.List;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.project.Stage;
import org.deliberation.core.project.event.InvalidationReversed;
import org.deliberation.core.project.event.VotesInvalidated;
import org.deliberation.core.statement.Vote;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

/**
 * Invalidations in the live deliberation: the synthesis leaves the accounts' votes out while the invalidation is in
 * force, a synthesis of the past applies the invalidations in force at its instant, and the same events give the same
 * exclusions again (the live deliberation is rebuilt from them at every start).
 */
class InvalidationsTest {

  private static final ProjectId PROJECT = new ProjectId(Events.PROJECT);
  private static final ParticipantId MODERATOR = new ParticipantId("mod");

  private final MutableClock clock = new MutableClock(at(60));
  private final VirtualTimeScheduler scheduler = VirtualTimeScheduler.create();
  private final SynthesisService service = new SynthesisService(clock, scheduler);
  private final List<Object> events = new ArrayList<>();
  private long position;

  private static VotesInvalidated invalidated(int minute, String... participants) {
    return new VotesInvalidated(
        PROJECT,
        "i1",
        List.of(participants).stream().map(ParticipantId::new).toList(),
        "lockstep",
        MODERATOR,
        at(minute));
  }

  /** Five voters on two statements, then b1 and b2's votes invalidated at minute 20 and counted again at 40. */
  private ProjectDeliberation deliberation() {
    var live = new ProjectDeliberation(Events.PROJECT, Object::toString, service::changed, clock);
    live.created(at(0), ++position);
    live.posted(contribution("s1", "Open on Sundays."), "Ann", ++position);
    live.posted(contribution("s2", "Close at noon."), "Ann", ++position);
    live.stageChanged(Stage.DELIBERATION, at(1), ++position);
    for (var voter : List.of("ann", "bob", "cem", "b1", "b2")) {
      boolean brigade = voter.startsWith("b");
      live.voted(vote(voter, "s1", brigade ? Vote.DISAGREE : Vote.AGREE, at(2)), ++position);
      live.voted(vote(voter, "s2", Vote.AGREE, at(3)), ++position);
    }
    apply(live, invalidated(20, "b2", "b1"));
    apply(live, new InvalidationReversed(PROJECT, "i1", MODERATOR, at(40)));
    return live;
  }

  private void apply(ProjectDeliberation live, Object event) {
    events.add(event);
    live.invalidation(event, ++position);
  }

  @Test
  void theLiveSynthesisLeavesTheVotesOutWhileTheInvalidationIsInForce() {
    var live = new ProjectDeliberation(Events.PROJECT, Object::toString, service::changed, clock);
    live.created(at(0), 1);
    live.posted(contribution("s1", "Open on Sundays."), "Ann", 2);
    live.voted(vote("ann", "s1", Vote.AGREE, at(2)), 3);
    live.voted(vote("b1", "s1", Vote.DISAGREE, at(2)), 4);
    live.voted(vote("b2", "s1", Vote.DISAGREE, at(2)), 5);
    scheduler.advanceTimeBy(SynthesisService.MIN_INTERVAL);
    assertThat(live.synthesis().participants()).isEqualTo(3);

    live.invalidation(invalidated(20, "b1", "b2"), 6);
    assertThat(live.snapshot().excluded()).containsExactlyInAnyOrder("b1", "b2");
    scheduler.advanceTimeBy(SynthesisService.MIN_INTERVAL);
    assertThat(live.synthesis().participants()).as("an invalidation recomputes").isEqualTo(1);
    assertThat(live.synthesis().votes()).isEqualTo(1);
    assertThat(live.synthesis().position()).isEqualTo(6);

    live.invalidation(new InvalidationReversed(PROJECT, "i1", MODERATOR, at(40)), 7);
    scheduler.advanceTimeBy(SynthesisService.MIN_INTERVAL);
    assertThat(live.snapshot().excluded()).isEmpty();
    assertThat(live.synthesis().participants()).isEqualTo(3);
  }

  @Test
  void aSynthesisOfThePastAppliesTheInvalidationsInForceAtItsInstant() {
    var live = deliberation();

    assertThat(service.at(live, at(10), live.position()).participants())
        .as("recorded later: does not change an earlier instant")
        .isEqualTo(5);
    assertThat(service.at(live, at(20), live.position()).participants())
        .as("in force from its own instant")
        .isEqualTo(3);
    assertThat(service.at(live, at(30), live.position()).votes()).isEqualTo(6);
    assertThat(service.at(live, at(40), live.position()).participants())
        .as("reversed by then")
        .isEqualTo(5);
  }

  @Test
  void theSameEventsGiveTheSameExclusionsAfterARebuild() {
    var live = deliberation();
    var rebuilt =
        new ProjectDeliberation(Events.PROJECT, Object::toString, service::changed, clock);
    // Only the invalidation, not its reversal: the rebuilt state leaves the two out, as the live
    // one did then.
    rebuilt.invalidation(events.getFirst(), 1);

    assertThat(rebuilt.snapshot().excluded()).containsExactlyInAnyOrder("b1", "b2");
    assertThat(live.snapshot().excluded()).isEmpty();
    assertThat(rebuilt.historyAt(at(30)).excluded()).containsExactlyInAnyOrder("b1", "b2");
    assertThat(live.historyAt(at(30)).excluded()).containsExactlyInAnyOrder("b1", "b2");
    assertThat(Invalidations.of(events))
        .singleElement()
        .satisfies(
            invalidation -> {
              assertThat(invalidation.participants()).containsExactlyInAnyOrder("b1", "b2");
              assertThat(invalidation.inForce()).isFalse();
              assertThat(invalidation.reversedAt()).isEqualTo(at(40));
            });
  }
}
