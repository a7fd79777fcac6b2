package org.deliberation.web.deliberation.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.StatementId;
import org.deliberation.core.project.Stage;
import org.deliberation.core.project.event.StageChanged;
import org.deliberation.core.statement.Vote;
import org.deliberation.core.statement.event.StatementFlagged;
import org.deliberation.core.statement.event.StatementHidden;
import org.deliberation.core.statement.event.VoteCast;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

class ChangeGateTest {

  static final String HALL = "hall";
  static final ParticipantId OFFICIAL = new ParticipantId("official");

  private final VirtualTimeScheduler timer = VirtualTimeScheduler.create();
  private final ChangeGate gate = new ChangeGate(timer, ChangeGate.SETTLE);
  private final List<EmbeddedEventStore> stores = new ArrayList<>();

  @AfterEach
  void shutDown() {
    stores.forEach(EmbeddedEventStore::shutDown);
  }

  /** An event store with the gate as its interceptor, as the application wires it. */
  private EmbeddedEventStore store(InMemoryEventStorageEngine engine) {
    var store = EmbeddedEventStore.builder().storageEngine(engine).build();
    store.registerDispatchInterceptor(gate);
    stores.add(store);
    return store;
  }

  /** Stores an event as a command handler does: in a unit of work that commits. */
  private static void storeInCommand(EmbeddedEventStore store, EventMessage<?> event) {
    var unit = DefaultUnitOfWork.startAndGet(null);
    store.publish(event);
    unit.commit();
  }

  private static EventMessage<?> closing(String project) {
    return GenericEventMessage.asEventMessage(
        new StageChanged(
            new ProjectId(project), Stage.DELIBERATION, Stage.SYNTHESIS, null, OFFICIAL));
  }

  @Test
  void aChangeStoredHereHoldsItsProjectBackUntilTheLiveStateAppliedIt() {
    var store = store(new InMemoryEventStorageEngine());
    var change = closing(HALL);
    assertThat(gate.settled(HALL)).isTrue();

    storeInCommand(store, change);

    assertThat(gate.settled(HALL)).isFalse();
    assertThat(gate.settled("market")).as("another project").isTrue();
    gate.applied(change.getIdentifier());
    assertThat(gate.settled(HALL)).isTrue();
  }

  @Test
  void aHideClosesItsProjectVotesAndReportsDoNot() {
    var store = store(new InMemoryEventStorageEngine());
    var statement = new StatementId("s1");
    store.publish(
        GenericEventMessage.asEventMessage(
            new VoteCast(new ProjectId(HALL), statement, OFFICIAL, Vote.AGREE, Instant.EPOCH)));
    store.publish(
        GenericEventMessage.asEventMessage(
            new StatementFlagged(statement, new ProjectId(HALL), "rude", OFFICIAL)));
    assertThat(gate.settled(HALL)).isTrue();

    storeInCommand(
        store,
        GenericEventMessage.asEventMessage(
            new StatementHidden(statement, new ProjectId(HALL), "insulting", OFFICIAL)));

    assertThat(gate.settled(HALL)).isFalse();
  }

  @Test
  void aCommitThatFailsStoresNothingSoItsChangeHoldsNothingBack() {
    var losing =
        new InMemoryEventStorageEngine() {
          @Override
          public void appendEvents(List<? extends EventMessage<?>> events) {
            throw new ConcurrencyException("another node appended first");
          }
        };
    var store = store(losing);
    var unit = DefaultUnitOfWork.startAndGet(null);
    store.publish(closing(HALL));

    assertThatThrownBy(unit::commit).isInstanceOf(ConcurrencyException.class);
    assertThat(gate.settled(HALL)).isTrue();
  }

  @Test
  void eachChangeHoldsItsProjectUntilItsOwnArrivalAndOtherNodesEventsChangeNothing() {
    gate.announced("stage", HALL);
    gate.announced("hide", HALL);

    gate.applied("stage");
    gate.applied("from-another-node");
    assertThat(gate.settled(HALL)).isFalse();

    gate.applied("hide");
    gate.applied("hide");
    assertThat(gate.settled(HALL)).isTrue();
  }

  @Test
  void aChangeThatNeverArrivesStopsHoldingItsProjectBackAfterTheSettleTime() {
    var timed = new ChangeGate[1];
    StepVerifier.withVirtualTime(
            () -> {
              timed[0] =
                  new ChangeGate(
                      Schedulers.parallel(), ChangeGate.SETTLE); // the virtual scheduler, in here
              timed[0].announced("parked", HALL);
              // What the vote path sees just before the settle time is up, and when it is.
              return Flux.concat(
                  Mono.delay(ChangeGate.SETTLE.minusMillis(1)).map(tick -> timed[0].settled(HALL)),
                  Mono.delay(Duration.ofMillis(1)).map(tick -> timed[0].settled(HALL)));
            })
        .expectSubscription()
        .expectNoEvent(ChangeGate.SETTLE.minusMillis(1))
        .expectNext(false)
        .expectNoEvent(Duration.ofMillis(1))
        .expectNext(true)
        .expectComplete()
        .verify(Duration.ofSeconds(30)); // a guard against a hang, never reached by virtual time
    timed[0].applied("parked");
    assertThat(timed[0].settled(HALL)).as("a late arrival changes nothing").isTrue();
  }

  @Test
  void anArrivalCancelsTheTimeoutSoALaterChangeKeepsItsWholeSettleTime() {
    gate.announced("first", HALL);
    timer.advanceTimeBy(Duration.ofSeconds(4));
    gate.applied("first");
    gate.announced("second", HALL);

    timer.advanceTimeBy(Duration.ofSeconds(4));
    assertThat(gate.settled(HALL)).isFalse();
    timer.advanceTimeBy(Duration.ofSeconds(1));
    assertThat(gate.settled(HALL)).isTrue();
  }

  /**
   * Changes announced and applied from many threads at once: each holds its project from its announcement to its own
   * arrival, whatever arrives meanwhile, and the project is settled once all arrived.
   */
  @Test
  void concurrentChangesNeverOpenTheGateBeforeTheirOwnArrival() throws Exception {
    var start = new CountDownLatch(1);
    var results = new ArrayList<Future<Integer>>();
    try (var executor = Executors.newFixedThreadPool(4)) {
      for (int t = 0; t < 4; t++) {
        int thread = t;
        results.add(
            executor.submit(
                () -> {
                  start.await();
                  int openedEarly = 0;
                  for (int i = 0; i < 2_000; i++) {
                    var id = thread + "-" + i;
                    gate.announced(id, HALL);
                    if (gate.settled(HALL)) {
                      openedEarly++;
                    }
                    gate.applied(id);
                  }
                  return openedEarly;
                }));
      }
      start.countDown();
      for (var result : results) {
        assertThat(result.get()).isZero();
      }
    }
    assertThat(gate.settled(HALL)).isTrue();
  }
}
