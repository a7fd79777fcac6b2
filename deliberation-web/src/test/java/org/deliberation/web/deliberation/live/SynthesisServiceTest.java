package org.deliberation.web.deliberation.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deliberation.web.deliberation.live.Events.at;
import static org.deliberation.web.deliberation.live.Events.contribution;
import static org.deliberation.web.deliberation.live.Events.vote;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.deliberation.core.project.Stage;
import org.deliberation.core.statement.Vote;
import org.deliberation.web.platform.stream.Fanout;
import org.deliberation.web.platform.stream.ReaderBuffer;
import org.junit.jupiter.api.Test;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/** Votes to pushed syntheses, on virtual time: the service recomputes on the scheduler it is given. */
class SynthesisServiceTest {

  private final MutableClock clock = new MutableClock(at(60));

  @Test
  void votesArePushedAsASynthesisAtOnceThenAtMostEvery250Milliseconds() {
    StepVerifier.withVirtualTime(
            () -> {
              var scheduler = Schedulers.single(); // the virtual one
              var service = new SynthesisService(clock, scheduler);
              var live =
                  new ProjectDeliberation(
                      Events.PROJECT, Object::toString, service::changed, clock);
              live.created(at(0), 1);
              live.posted(contribution("s1", "Open on Sundays."), "Ann", 2);
              live.stageChanged(Stage.DELIBERATION, at(1), 3);
              // Votes at 100 ms (position 4), a burst at 110 to 130 ms (5 to 7), one more at 1 s
              // (8).
              long[][] votes = {{100, 4}, {110, 5}, {120, 6}, {130, 7}, {1000, 8}};
              for (var cast : votes) {
                scheduler.schedule(
                    () -> live.voted(vote("p" + cast[1], "s1", Vote.AGREE, at(2)), cast[1]),
                    cast[0],
                    TimeUnit.MILLISECONDS);
              }
              return live.subscribe(
                      null, StreamMode.WHOLE, ReaderBuffer.Limits.DEFAULT, Fanout.INLINE)
                  .filter(event -> event.type() == LiveEvent.Type.SYNTHESIS)
                  .map(LiveEvent::position);
            })
        .expectSubscription()
        .expectNext(-1L) // none computed yet
        .expectNoEvent(Duration.ofMillis(100))
        .expectNext(4L)
        .expectNoEvent(Duration.ofMillis(250))
        .expectNext(7L) // the burst, in one recomputation
        .expectNoEvent(Duration.ofMillis(650))
        .expectNext(8L)
        .expectNoEvent(Duration.ofSeconds(5))
        .thenCancel()
        .verify(Duration.ofSeconds(30)); // a guard against a hang, never reached by virtual time
  }

  @Test
  void aSynthesisIsStampedWithTheInjectedClockAndCountsTheVotes() {
    var scheduler = reactor.test.scheduler.VirtualTimeScheduler.create();
    var service = new SynthesisService(clock, scheduler);
    var live = new ProjectDeliberation(Events.PROJECT, Object::toString, service::changed, clock);
    live.created(at(0), 1);
    live.posted(contribution("s1", "Open on Sundays."), "Ann", 2);
    live.voted(vote("ann", "s1", Vote.AGREE, at(2)), 3);
    live.voted(vote("bob", "s1", Vote.DISAGREE, at(3)), 4);

    scheduler.advanceTimeBy(SynthesisService.MIN_INTERVAL);

    assertThat(live.synthesis().computedAt()).isEqualTo(clock.instant());
    assertThat(live.synthesis().votes()).isEqualTo(2);
    assertThat(live.synthesis().participants()).isEqualTo(2);
  }

  @Test
  void aSynthesisOfThePastIsComputedFromTheVotesCastByThenAndKept() {
    var scheduler = reactor.test.scheduler.VirtualTimeScheduler.create();
    var service = new SynthesisService(clock, scheduler);
    var live = new ProjectDeliberation(Events.PROJECT, Object::toString, service::changed, clock);
    live.created(at(0), 1);
    live.posted(contribution("s1", "Open on Sundays."), "Ann", 2);
    live.stageChanged(Stage.DELIBERATION, at(1), 3);
    live.voted(vote("ann", "s1", Vote.AGREE, at(2)), 4);
    live.voted(vote("bob", "s1", Vote.DISAGREE, at(30)), 5);

    var then = service.at(live, at(10), live.position());

    assertThat(then.votes()).isEqualTo(1);
    assertThat(then.position()).isEqualTo(4);
    assertThat(then.stage()).isEqualTo("DELIBERATION");
    assertThat(service.at(live, at(10), live.position())).isSameAs(then);
    assertThat(service.at(live, at(40), live.position()).votes()).isEqualTo(2);
  }
}
