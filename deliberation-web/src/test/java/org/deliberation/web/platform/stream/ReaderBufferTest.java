package org.deliberation.web.platform.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.SignalType;

class ReaderBufferTest {

  /** An event, or a state (a patch) with the whole it stands for; a whole stands for itself. */
  private record Item(String name, int bytes, @Nullable Item whole) {

    static Item event(String name) {
      return new Item(name, 100, null);
    }

    static Item patch(String name) {
      return new Item(name, 50, new Item("whole " + name, 400, null));
    }

    static Item whole(String name) {
      return new Item("whole " + name, 400, null);
    }
  }

  private static final ReaderBuffer.Rules<Item> RULES =
      new ReaderBuffer.Rules<>() {
        @Override
        public long bytes(Item item) {
          return item.bytes();
        }

        @Override
        public @Nullable Item standalone(Item item) {
          return item.name().startsWith("whole") ? item : item.whole();
        }

        @Override
        public Item farewell(@Nullable Item last) {
          return Item.event("resume after " + (last == null ? "nothing" : last.name()));
        }
      };

  /** A reader that reads only when told to, and what it read. */
  private static final class Reader extends BaseSubscriber<Item> {

    final List<String> read = new ArrayList<>();
    boolean completed;

    @Override
    protected void hookOnSubscribe(org.reactivestreams.Subscription subscription) {}

    @Override
    protected void hookOnNext(Item item) {
      read.add(item.name());
    }

    @Override
    protected void hookFinally(SignalType type) {
      completed = type == SignalType.ON_COMPLETE;
    }
  }

  private static Reader reading(ReaderBuffer<Item> buffer) {
    var reader = new Reader();
    buffer.flux().subscribe(reader);
    return reader;
  }

  @Test
  void aReaderThatNeverReadsHoldsAtMostTheLimitsThenIsDroppedWithWhereToResume() {
    var limits = new ReaderBuffer.Limits(16, 1_000);
    var buffer = new ReaderBuffer<>(List.of(Item.whole("v0")), limits, RULES);
    var reader = reading(buffer);
    reader.request(1);
    int mostItems = 0;
    long mostBytes = 0;
    for (int i = 0; i < 10_000; i++) {
      buffer.offer(i % 10 == 0 ? Item.patch("v" + i) : Item.event("vote " + i));
      mostItems = Math.max(mostItems, buffer.items());
      mostBytes = Math.max(mostBytes, buffer.bytes());
    }

    assertThat(mostItems).isLessThanOrEqualTo(limits.items());
    assertThat(mostBytes).isLessThanOrEqualTo(limits.bytes());
    assertThat(buffer.items()).isEqualTo(1); // the farewell alone; later items were ignored
    reader.request(Long.MAX_VALUE);
    assertThat(reader.read).containsExactly("whole v0", "resume after whole v0");
    assertThat(reader.completed).isTrue();
  }

  @Test
  void aStateStillWaitingIsReplacedByTheLatestWholeAtTheEndAndEventsKeepTheirOrder() {
    var buffer =
        new ReaderBuffer<>(
            List.of(Item.event("missed"), Item.whole("v0")), ReaderBuffer.Limits.DEFAULT, RULES);
    var reader = reading(buffer);
    buffer.offer(Item.event("vote 1"));
    buffer.offer(Item.patch("v1")); // the whole view v0 still waits: both give way to v1's
    buffer.offer(Item.event("vote 2"));
    buffer.offer(Item.patch("v2"));

    assertThat(buffer.items()).isEqualTo(3);
    reader.request(Long.MAX_VALUE);
    assertThat(reader.read).containsExactly("missed", "vote 1", "vote 2", "whole v2");

    // Caught up, it gets the patches themselves.
    buffer.offer(Item.patch("v3"));
    buffer.offer(Item.event("vote 3"));
    buffer.offer(Item.patch("v4"));
    assertThat(reader.read).endsWith("v3", "vote 3", "v4");
    assertThat(buffer.items()).isZero();
    assertThat(buffer.bytes()).isZero();
  }

  @Test
  void aReaderDroppedAfterReadingSomeResumesAfterTheLastItemItWasGiven() {
    var buffer =
        new ReaderBuffer<>(List.of(Item.whole("v0")), new ReaderBuffer.Limits(2, 10_000), RULES);
    var reader = reading(buffer);
    reader.request(2);
    buffer.offer(Item.event("vote 1"));
    buffer.offer(Item.event("vote 2"));
    buffer.offer(Item.event("vote 3"));
    buffer.offer(Item.event("vote 4"));

    reader.request(Long.MAX_VALUE);
    assertThat(reader.read).containsExactly("whole v0", "vote 1", "resume after vote 1");
    assertThat(reader.completed).isTrue();
  }

  @Test
  void aReaderThatLeavesStopsTheLiveItemsAndFreesWhatWaited() {
    var live = new Fanout<Item>();
    var flux =
        ReaderBuffer.attach(
            List.of(Item.whole("v0")), live, Fanout.INLINE, ReaderBuffer.Limits.DEFAULT, RULES);
    assertThat(live.readers()).isOne(); // attached at once, before it reads
    var reader = new Reader();
    flux.subscribe(reader);
    reader.cancel();

    assertThat(live.readers()).isZero();
  }

  @Test
  void attachedItemsReachTheReaderOnTheEmittingThreadInOrderAndOnlyAFewWaitOutsideTheBuffer() {
    var live = new Fanout<Item>();
    var flux =
        ReaderBuffer.attach(
            List.of(Item.whole("v0")), live, Fanout.INLINE, ReaderBuffer.Limits.DEFAULT, RULES);
    var reader = new Reader();
    flux.subscribe(reader);
    // The reader reads nothing yet: a few items go ahead towards it, the rest wait where a state
    // can still give way to a newer one.
    for (int i = 1; i <= 20; i++) {
      live.emit(Item.event("vote " + i));
      live.emit(Item.patch("v" + i));
    }
    assertThat(reader.read).isEmpty();

    reader.request(Long.MAX_VALUE);
    var votes = reader.read.stream().filter(name -> name.startsWith("vote")).toList();
    assertThat(votes)
        .containsExactlyElementsOf(
            java.util.stream.IntStream.rangeClosed(1, 20).mapToObj(i -> "vote " + i).toList());
    // Fewer than the 41 offered: the patches that waited in the buffer became one whole view.
    assertThat(reader.read).hasSizeLessThan(41).endsWith("whole v20");

    // Caught up, an item emitted now is read before the emission returns: no thread in between.
    live.emit(Item.event("vote 21"));
    assertThat(reader.read).endsWith("vote 21");
  }
}
