package org.deliberation.web.platform.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FanoutTest {

  /** An executor that runs its tasks only when told to, in order, and counts them. */
  private static final class Held implements Executor {

    final ArrayDeque<Runnable> tasks = new ArrayDeque<>();
    int submitted;

    @Override
    public void execute(Runnable task) {
      submitted++;
      tasks.add(task);
    }

    void runAll() {
      Runnable task;
      while ((task = tasks.poll()) != null) {
        task.run();
      }
    }
  }

  @Test
  void theEmitterHandsEachExecutorOneTaskHoweverManyReadersAndItemsItServes() {
    var fanout = new Fanout<String>();
    var loops = List.of(new Held(), new Held());
    var read = new ArrayList<List<String>>();
    for (int i = 0; i < 1_000; i++) {
      var mine = new ArrayList<String>();
      read.add(mine);
      fanout.add(loops.get(i % 2), mine::add);
    }

    for (int item = 0; item < 10; item++) {
      fanout.emit("vote " + item);
    }
    assertThat(loops).allSatisfy(loop -> assertThat(loop.submitted).isOne());
    assertThat(read).allSatisfy(mine -> assertThat(mine).isEmpty()); // nothing on the emitter

    loops.forEach(Held::runAll);
    var all = IntStream.range(0, 10).mapToObj(item -> "vote " + item).toList();
    assertThat(read).allSatisfy(mine -> assertThat(mine).containsExactlyElementsOf(all));
    assertThat(fanout.readers()).isEqualTo(1_000);
    // 500 readers, a chunk at a time, in one sweep that took all ten items.
    int chunks = (500 + Fanout.CHUNK - 1) / Fanout.CHUNK;
    assertThat(loops).allSatisfy(loop -> assertThat(loop.submitted).isEqualTo(chunks));
  }

  @Test
  void itemsEmittedDuringASweepGoOnToTheReadersNotSweptYetAndTogetherToTheOthersAfter() {
    var fanout = new Fanout<String>();
    var loop = new Held();
    var happened = new ArrayList<String>();
    int readers = Fanout.CHUNK * 3;
    for (int i = 0; i < readers; i++) {
      int reader = i;
      fanout.add(loop, item -> happened.add(item + " to " + reader));
    }

    fanout.emit("vote");
    loop.tasks.poll().run(); // the first few readers have it
    fanout.emit("patch");
    fanout.emit("next vote");
    loop.runAll();

    assertThat(happened).hasSize(readers * 3);
    // The readers not swept yet got the patch before those swept already.
    assertThat(happened.indexOf("patch to " + Fanout.CHUNK))
        .isLessThan(happened.indexOf("patch to 0"));
    for (int reader = 0; reader < readers; reader++) {
      assertThat(happened.indexOf("vote to " + reader))
          .isLessThan(happened.indexOf("patch to " + reader));
      // Back to back, so that the connection writes both in one flush.
      assertThat(happened.indexOf("next vote to " + reader))
          .isEqualTo(happened.indexOf("patch to " + reader) + 1);
    }
    assertThat(happened.stream().distinct()).hasSize(readers * 3); // nothing twice
  }

  @Test
  void whatAReaderQueuesOnItsLoopRunsBeforeTheItemReachesTheReadersOfTheNextFew() {
    var fanout = new Fanout<String>();
    var loop = new Held();
    var happened = new ArrayList<String>();
    int readers = Fanout.CHUNK * 3;
    for (int i = 0; i < readers; i++) {
      int reader = i;
      fanout.add(
          loop,
          item -> {
            happened.add(item + " to " + reader);
            // As a connection does: the write now, its flush in a task of its own.
            loop.execute(() -> happened.add("flush " + reader));
          });
    }

    fanout.emit("a");
    fanout.emit("b");
    loop.runAll();

    assertThat(happened).hasSize(readers * 4);
    // The first few are flushed before the item goes on to the next few.
    assertThat(happened.indexOf("flush 0")).isLessThan(happened.indexOf("a to " + Fanout.CHUNK));
    for (int reader = 0; reader < readers; reader++) {
      assertThat(happened.indexOf("a to " + reader)).isLessThan(happened.indexOf("b to " + reader));
    }
  }

  @Test
  void aReaderAddedAfterAnItemWasEmittedNeverGetsItEvenIfItsTaskRunsLater() {
    var fanout = new Fanout<String>();
    var loop = new Held();
    var early = new ArrayList<String>();
    var late = new ArrayList<String>();
    fanout.add(loop, early::add);

    fanout.emit("before");
    fanout.add(loop, late::add); // the task of "before" is still waiting
    fanout.emit("after");
    loop.runAll();

    assertThat(early).containsExactly("before", "after");
    assertThat(late).containsExactly("after");
  }

  @Test
  void aRemovedReaderGetsNothingMoreAndTheOthersOfItsGroupGoOn() {
    var fanout = new Fanout<String>();
    var first = new ArrayList<String>();
    var second = new ArrayList<String>();
    var removal = fanout.add(Fanout.INLINE, first::add);
    fanout.add(Fanout.INLINE, second::add);

    fanout.emit("one");
    removal.dispose();
    removal.dispose(); // twice is once
    fanout.emit("two");

    assertThat(first).containsExactly("one");
    assertThat(second).containsExactly("one", "two");
    assertThat(fanout.readers()).isOne();
  }

  @Test
  void aReaderThatFailsDoesNotKeepTheItemFromTheOthersNorAClosedLoopFromTheRest() {
    var fanout = new Fanout<String>();
    var read = new ArrayList<String>();
    fanout.add(
        Fanout.INLINE,
        item -> {
          throw new IllegalStateException("a broken reader");
        });
    fanout.add(Fanout.INLINE, read::add);
    fanout.add(
        task -> {
          throw new RejectedExecutionException("an event loop shutting down");
        },
        item -> {});
    var after = new ArrayList<String>();
    fanout.add(Fanout.INLINE, after::add);

    fanout.emit("vote");

    assertThat(read).containsExactly("vote");
    assertThat(after).containsExactly("vote");
  }

  @Test
  void readersOnThreadsOfTheirOwnGetEveryItemInOrderWhileOthersComeAndGo() throws Exception {
    var fanout = new Fanout<Integer>();
    var loops = List.of(Executors.newSingleThreadExecutor(), Executors.newSingleThreadExecutor());
    try {
      int items = 2_000;
      var done = new CountDownLatch(20);
      var read = new ArrayList<List<Integer>>();
      for (int i = 0; i < 20; i++) {
        var mine = Collections.synchronizedList(new ArrayList<Integer>());
        read.add(mine);
        fanout.add(
            loops.get(i % 2),
            item -> {
              mine.add(item);
              if (item == items - 1) {
                done.countDown();
              }
            });
      }
      for (int item = 0; item < items; item++) {
        // Readers that come and go meanwhile change the groups under the tasks in flight.
        var passing = fanout.add(loops.get(item % 2), ignored -> {});
        fanout.emit(item);
        passing.dispose();
      }

      assertThat(done.await(1, TimeUnit.MINUTES)).isTrue();
      var all = IntStream.range(0, items).boxed().toList();
      assertThat(read).allSatisfy(mine -> assertThat(mine).containsExactlyElementsOf(all));
      assertThat(fanout.readers()).isEqualTo(20);
    } finally {
      loops.forEach(java.util.concurrent.ExecutorService::shutdownNow);
    }
  }
}
