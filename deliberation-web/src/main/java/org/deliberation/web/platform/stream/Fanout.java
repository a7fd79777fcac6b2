package org.deliberation.web.platform.stream;

import java.util.Arrays;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;

/**
 * A hot stream's readers, grouped by the thread each is served on (its connection's event loop). An item goes to each
 * group in one task, which offers it to the group's readers there, a few at a time: the emitting thread makes one
 * hand-off per group however many readers watch, and each connection takes the item on its own event loop, where it
 * is written at once, the groups on every core side by side. A reader served on no thread of its own ({@link #INLINE}) is
 * offered the item on the emitting thread.
 *
 * <p>Call {@link #emit} and {@link #add} where emission is serialized (under the emitter's lock). Each executor runs
 * its tasks in order, so every reader gets the items in the order they were emitted, and an item emitted before a
 * reader was added never reaches it, even when its task runs after the adding.
 */
public final class Fanout<T> {

  /** For readers served on the emitting thread. */
  public static final Executor INLINE = Runnable::run;

  /** How many readers of a group are given an item in one task. */
  static final int CHUNK = 32;

  private static final Logger log = LoggerFactory.getLogger(Fanout.class);

  // One executor's readers. Both arrays are replaced, never changed, so that a task holds the
  // readers there were when its item was emitted.
  private record Group<T>(Executor executor, Consumer<? super T>[] readers) {}

  @SuppressWarnings("unchecked")
  private volatile Group<T>[] groups = new Group[0];

  /** Hands the item to every reader there is now, each on its own executor. */
  public void emit(T item) {
    for (var group : groups) {
      if (group.executor() == INLINE) {
        offer(item, group.readers(), 0, group.readers().length);
      } else {
        submit(group.executor(), new Offering<>(item, group.readers(), group.executor(), 0));
      }
    }
  }

  // A few readers of a group at a time, then the rest in a task of their own: each connection
  // flushes what it was given in a task it queues on its event loop, and those flushes must not
  // wait until the item was given to every reader of the group. The order of the items holds:
  // an item's next task is queued before the next item's.
  private record Offering<T>(T item, Consumer<? super T>[] readers, Executor executor, int from)
      implements Runnable {

    @Override
    public void run() {
      int to = Math.min(readers.length, from + CHUNK);
      offer(item, readers, from, to);
      if (to < readers.length) {
        submit(executor, new Offering<>(item, readers, executor, to));
      }
    }
  }

  private static void submit(Executor executor, Runnable task) {
    try {
      executor.execute(task);
    } catch (RejectedExecutionException e) {
      // The event loop is shutting down: its connections are closing, and their readers with them.
      log.debug("a group of readers no longer takes items", e);
    }
  }

  private static <T> void offer(T item, Consumer<? super T>[] readers, int from, int to) {
    for (int i = from; i < to; i++) {
      try {
        readers[i].accept(item);
      } catch (RuntimeException e) {
        // One reader's failure must not keep the item from the others of its group.
        log.warn("a reader of a live stream failed to take an item", e);
      }
    }
  }

  /** How many readers there are. */
  public int readers() {
    int count = 0;
    for (var group : groups) {
      count += group.readers().length;
    }
    return count;
  }

  /** Adds a reader served on {@code executor}; disposing of the result removes it. */
  public synchronized Disposable add(Executor executor, Consumer<? super T> reader) {
    var now = groups;
    int at = indexOf(now, executor);
    if (at < 0) {
      @SuppressWarnings("unchecked")
      Consumer<? super T>[] alone = new Consumer[] {reader};
      var grown = Arrays.copyOf(now, now.length + 1);
      grown[now.length] = new Group<>(executor, alone);
      groups = grown;
    } else {
      var readers = now[at].readers();
      var grown = Arrays.copyOf(readers, readers.length + 1);
      grown[readers.length] = reader;
      var changed = now.clone();
      changed[at] = new Group<>(executor, grown);
      groups = changed;
    }
    return () -> remove(executor, reader);
  }

  private synchronized void remove(Executor executor, Consumer<? super T> reader) {
    var now = groups;
    int at = indexOf(now, executor);
    if (at < 0) {
      return;
    }
    var readers = now[at].readers();
    int which = -1;
    for (int i = 0; i < readers.length; i++) {
      if (readers[i] == reader) {
        which = i;
        break;
      }
    }
    if (which < 0) {
      return; // removed already
    }
    if (readers.length == 1) {
      @SuppressWarnings("unchecked")
      Group<T>[] shrunk = new Group[now.length - 1];
      System.arraycopy(now, 0, shrunk, 0, at);
      System.arraycopy(now, at + 1, shrunk, at, now.length - at - 1);
      groups = shrunk;
      return;
    }
    @SuppressWarnings("unchecked")
    Consumer<? super T>[] left = new Consumer[readers.length - 1];
    System.arraycopy(readers, 0, left, 0, which);
    System.arraycopy(readers, which + 1, left, which, readers.length - which - 1);
    var changed = now.clone();
    changed[at] = new Group<>(executor, left);
    groups = changed;
  }

  private static int indexOf(Group<?>[] groups, Executor executor) {
    for (int i = 0; i < groups.length; i++) {
      if (groups[i].executor() == executor) {
        return i;
      }
    }
    return -1;
  }
}
