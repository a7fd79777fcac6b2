package org.deliberation.web.deliberation.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.ConcurrencyException;
import org.deliberation.core.topic.Topic;
import org.deliberation.core.topic.event.TopicsRecorded;
import org.deliberation.web.deliberation.live.LiveFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

/** When topics are recomputed, and what is recorded: on virtual time, with the store replaced by a list. */
class TopicRecomputationTest {

  private static final Duration DELAY = TopicRecomputation.DELAY;

  private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
  private final LiveFixture live = new LiveFixture(clock);
  private final TopicBook book = new TopicBook();
  private final EventStore events = mock(EventStore.class);
  private final VirtualTimeScheduler scheduler = VirtualTimeScheduler.create();
  private final AtomicBoolean caughtUp = new AtomicBoolean(true);
  private final AtomicInteger refusals = new AtomicInteger();
  private final List<DomainEventMessage<?>> stored = new ArrayList<>();
  private final List<DomainEventMessage<?>> refused = new ArrayList<>();
  private final TopicRecomputation recomputation =
      new TopicRecomputation(live.deliberations(), book, events, caughtUp::get, clock, scheduler);
  private final TopicProjection projection = new TopicProjection(book, recomputation);

  @BeforeEach
  void storeIntoAList() {
    doAnswer(
            call -> {
              for (var argument : call.getArguments()) {
                var message = (DomainEventMessage<?>) argument;
                if (refusals.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                  refused.add(message);
                  throw new ConcurrencyException("generation already stored");
                }
                stored.add(message);
              }
              return null;
            })
        .when(events)
        .publish(any(EventMessage.class));
  }

  private void post(String id, String text) {
    projection.on(live.post(id, text));
  }

  private void postSix() {
    post("s1", "The bus lines should run later in the evening.");
    post("s2", "Bus lines at night would help shift workers.");
    post("s3", "Cheaper bus tickets for students.");
    post("s4", "The school calendar should give longer summer holidays.");
    post("s5", "Parents need the school calendar a year ahead.");
    post("s6", "A shorter summer break would help children learn.");
  }

  private TopicsRecorded recorded(int index) {
    return (TopicsRecorded) stored.get(index).getPayload();
  }

  /** The last recorded generation arrives back, as the event processor would bring it. */
  private void arrives(int index) {
    projection.on(recorded(index));
  }

  private static List<String> covered(TopicsRecorded recorded) {
    return recorded.topics().stream()
        .flatMap(topic -> topic.statements().stream())
        .distinct()
        .sorted()
        .toList();
  }

  @Test
  void aBurstOfStatementsIsRecomputedOnceTheDelayAfterItsFirst() {
    postSix();
    scheduler.advanceTimeBy(DELAY.minusMillis(1));
    assertThat(stored).isEmpty();
    scheduler.advanceTimeBy(Duration.ofMillis(1));

    assertThat(stored).hasSize(1);
    var first = stored.getFirst();
    assertThat(first.getAggregateIdentifier()).isEqualTo("topics:" + LiveFixture.PROJECT);
    assertThat(first.getSequenceNumber()).isZero();
    assertThat(first.getType()).isEqualTo(TopicRecomputation.STREAM_TYPE);
    assertThat(recorded(0).generation()).isEqualTo(1);
    assertThat(recorded(0).computedAt()).isEqualTo(clock.instant());
    assertThat(covered(recorded(0))).containsExactly("s1", "s2", "s3", "s4", "s5", "s6");
  }

  @Test
  void nothingIsRecomputedBeforeTheLiveStateHasReadEveryStoredEvent() {
    caughtUp.set(false);
    postSix();
    scheduler.advanceTimeBy(DELAY.multipliedBy(5));
    assertThat(stored).isEmpty();

    caughtUp.set(true);
    scheduler.advanceTimeBy(DELAY);
    assertThat(stored).hasSize(1);
  }

  @Test
  void anUnchangedSetOfStatementsIsNotRecordedAgain() {
    postSix();
    scheduler.advanceTimeBy(DELAY);
    arrives(0);
    recomputation.changed(LiveFixture.PROJECT);
    scheduler.advanceTimeBy(DELAY.multipliedBy(3));

    assertThat(stored).hasSize(1);
  }

  @Test
  void untilItsGenerationHasArrivedNoOtherIsComputedThenTheNewStatementsAre() {
    postSix();
    scheduler.advanceTimeBy(DELAY);
    post("s7", "Bus tickets cost too much for families.");
    scheduler.advanceTimeBy(DELAY.multipliedBy(4));
    assertThat(stored).as("before its own generation 1 has arrived").hasSize(1);

    arrives(0);
    scheduler.advanceTimeBy(DELAY);
    assertThat(stored).hasSize(2);
    assertThat(recorded(1).generation()).isEqualTo(2);
    assertThat(stored.get(1).getSequenceNumber()).isEqualTo(1);
    assertThat(covered(recorded(1))).contains("s7");
  }

  @Test
  void aLargerProjectRecordsAGenerationOnceOneStatementInTwentyChangedOrFewerWaitedAnHour() {
    for (int i = 0; i < 40; i++) {
      post("b" + i, (i % 2 == 0 ? "The bus lines " : "The school calendar ") + "idea number " + i);
    }
    scheduler.advanceTimeBy(DELAY);
    arrives(0);
    assertThat(TopicRecomputation.needed(42)).isEqualTo(3);

    post("late1", "The bus lines should stop at the hospital.");
    post("late2", "The school calendar should start in September.");
    scheduler.advanceTimeBy(DELAY.multipliedBy(10));
    assertThat(stored).as("two changes of 42 statements").hasSize(1);

    post("late3", "The bus lines should be free on Sundays.");
    scheduler.advanceTimeBy(DELAY);
    assertThat(stored).as("three changes").hasSize(2);
    assertThat(covered(recorded(1))).contains("late1", "late2", "late3");
    arrives(1);

    post("late4", "The school calendar needs a longer autumn break.");
    scheduler.advanceTimeBy(TopicRecomputation.MAX_WAIT.minus(DELAY));
    assertThat(stored).as("one change, before an hour").hasSize(2);
    scheduler.advanceTimeBy(DELAY.multipliedBy(2));
    assertThat(stored).as("one change, after an hour").hasSize(3);
    assertThat(covered(recorded(2))).contains("late4");
  }

  @Test
  void changesCountStatementsInOneSetAndNotTheOther() {
    var now =
        List.of(
            new org.deliberation.core.topic.TopicInput("a", "x"),
            new org.deliberation.core.topic.TopicInput("c", "z"));
    assertThat(TopicRecomputation.changes(java.util.Set.of("a", "b"), now)).isEqualTo(2);
    assertThat(TopicRecomputation.needed(0)).isEqualTo(1);
    assertThat(TopicRecomputation.needed(19)).isEqualTo(1);
    assertThat(TopicRecomputation.needed(1000)).isEqualTo(50);
  }

  @Test
  void aGenerationAnotherNodeRecordedFirstIsTakenFromItsEventNotRecordedAgain() {
    postSix();
    refusals.set(1);
    scheduler.advanceTimeBy(DELAY);
    assertThat(stored).isEmpty();

    assertThat(refused).hasSize(1);
    assertThat(book.of(LiveFixture.PROJECT).latest().generation()).isZero();

    // The other node computed the same statements: until its event arrives nothing is recomputed,
    // and once it has, nothing is left to do.
    scheduler.advanceTimeBy(DELAY.multipliedBy(3));
    assertThat(stored).isEmpty();
    projection.on((TopicsRecorded) refused.getFirst().getPayload());
    scheduler.advanceTimeBy(DELAY.multipliedBy(3));
    assertThat(stored).isEmpty();
    assertThat(book.of(LiveFixture.PROJECT).latest().generation()).isEqualTo(1);
  }

  @Test
  void aHiddenStatementLeavesTheNextGenerationWhichKeepsTheTopicsIds() {
    postSix();
    scheduler.advanceTimeBy(DELAY);
    arrives(0);
    projection.on(live.hide("s6"));
    scheduler.advanceTimeBy(DELAY);

    assertThat(stored).hasSize(2);
    assertThat(covered(recorded(1))).doesNotContain("s6").hasSize(5);
    // Every topic but the one s6 left keeps its id.
    var before = recorded(0).topics().stream().map(Topic::id).toList();
    var kept = recorded(1).topics().stream().map(Topic::id).filter(before::contains).count();
    assertThat(kept).isGreaterThanOrEqualTo(before.size() - 1);
  }
}
