package org.deliberation.web.deliberation.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/** The 250 ms cadence of recomputations, on virtual time: each expected event is the virtual instant one started. */
class RecomputationCadenceTest {

  private static final Duration INTERVAL = Duration.ofMillis(250);

  /** The instants (virtual milliseconds) recomputations start at, for changes made at the given instants. */
  private static Flux<Long> recomputations(long... changesAt) {
    Scheduler scheduler = Schedulers.single(); // the virtual scheduler, inside withVirtualTime
    var cadence = new RecomputationCadence(scheduler, INTERVAL);
    var started = Sinks.many().replay().<Long>all();
    Runnable recompute = () -> started.tryEmitNext(scheduler.now(TimeUnit.MILLISECONDS));
    for (long at : changesAt) {
      scheduler.schedule(() -> cadence.changed(recompute), at, TimeUnit.MILLISECONDS);
    }
    return started.asFlux();
  }

  @Test
  void aFirstChangeIsRecomputedAtOnce() {
    StepVerifier.withVirtualTime(() -> recomputations(40))
        .expectSubscription()
        .expectNoEvent(Duration.ofMillis(40))
        .expectNext(40L)
        .thenCancel()
        .verify(Duration.ofSeconds(30)); // a guard against a hang, never reached by virtual time
  }

  @Test
  void aBurstOfChangesCostsOneRecomputationDueAnIntervalAfterThePreviousStarted() {
    StepVerifier.withVirtualTime(() -> recomputations(0, 10, 100, 240, 249))
        .expectSubscription()
        .expectNext(0L)
        .expectNoEvent(Duration.ofMillis(250))
        .expectNext(250L)
        .expectNoEvent(Duration.ofSeconds(5))
        .thenCancel()
        .verify(Duration.ofSeconds(30)); // a guard against a hang, never reached by virtual time
  }

  @Test
  void aChangeAfterAQuietSpellIsRecomputedAtOnceAndOneDuringTheWaitJoinsTheNext() {
    StepVerifier.withVirtualTime(() -> recomputations(0, 600, 700, 800))
        .expectSubscription()
        .expectNext(0L)
        .expectNoEvent(Duration.ofMillis(600))
        .expectNext(600L)
        .expectNoEvent(Duration.ofMillis(250))
        .expectNext(850L)
        .expectNoEvent(Duration.ofSeconds(5))
        .thenCancel()
        .verify(Duration.ofSeconds(30)); // a guard against a hang, never reached by virtual time
  }

  @Test
  void aChangeMadeWhileARecomputationRunsSchedulesAnother() {
    StepVerifier.withVirtualTime(
            () -> {
              Scheduler scheduler = Schedulers.single();
              var cadence = new RecomputationCadence(scheduler, INTERVAL);
              var started = Sinks.many().replay().<Long>all();
              var changedDuringTheFirst = new boolean[] {false};
              Runnable[] recompute = new Runnable[1];
              recompute[0] =
                  () -> {
                    started.tryEmitNext(scheduler.now(TimeUnit.MILLISECONDS));
                    if (!changedDuringTheFirst[0]) {
                      changedDuringTheFirst[0] =
                          true; // a vote arrives after this recomputation took its snapshot
                      cadence.changed(recompute[0]);
                    }
                  };
              cadence.changed(recompute[0]);
              return started.asFlux();
            })
        .expectSubscription()
        .expectNext(0L)
        .expectNoEvent(Duration.ofMillis(250))
        .expectNext(250L)
        .expectNoEvent(Duration.ofSeconds(5))
        .thenCancel()
        .verify(Duration.ofSeconds(30)); // a guard against a hang, never reached by virtual time
  }

  @Test
  void aWallClockThatJumpsBackDelaysARecomputationByAtMostTheInterval() {
    // A scheduler whose clock reads an hour earlier after the first recomputation.
    var virtual = reactor.test.scheduler.VirtualTimeScheduler.create();
    var jumped = new boolean[] {false};
    Scheduler jumping =
        new Scheduler() {
          @Override
          public long now(TimeUnit unit) {
            long now = virtual.now(unit);
            return jumped[0] ? now - unit.convert(1, TimeUnit.HOURS) : now;
          }

          @Override
          public reactor.core.Disposable schedule(Runnable task) {
            return virtual.schedule(task);
          }

          @Override
          public reactor.core.Disposable schedule(Runnable task, long delay, TimeUnit unit) {
            return virtual.schedule(task, delay, unit);
          }

          @Override
          public Worker createWorker() {
            return virtual.createWorker();
          }
        };
    var cadence = new RecomputationCadence(jumping, INTERVAL);
    var runs = new java.util.ArrayList<Long>();
    Runnable recompute = () -> runs.add(virtual.now(TimeUnit.MILLISECONDS));

    cadence.changed(recompute);
    jumped[0] = true;
    virtual.advanceTimeBy(Duration.ofMillis(10));
    cadence.changed(recompute);
    virtual.advanceTimeBy(Duration.ofSeconds(1));

    assertThat(runs).containsExactly(0L, 260L);
  }
}
