package org.deliberation.web.platform.stream;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;

/**
 * A hot stream's readers, grouped by the thread each is served on (its connection's event loop). Each group is swept
 * on its own thread, a few readers at a time: a sweep gives each reader every item it has not had yet, back to back,
 * so that its connection writes them in one flush. An item emitted during a sweep goes on with it to the readers not
 * swept yet, and to the others in the next sweep. The emitting thread hands a group at most one task however many
 * readers watch and however many items it emits meanwhile, and the groups are swept side by side on every core. A
 * reader served on no thread of its own ({@link #INLINE}) is given each item on the emitting thread.
 *
 * <p>Every reader gets the items in the order they were emitted, each once, and none emitted before it was added.
 */
public final class Fanout<T> {

  /** For readers served on the emitting thread. */
  public static final Executor INLINE = Runnable::run;

  /** How many readers of a group are given their items in one task. */
  static final int CHUNK = 32;

  private static final Logger log = LoggerFactory.getLogger(Fanout.class);

  /** A reader, and the number of the last item it was given (at first, of the last one emitted before it came). */
  private static final class Reader<T> {

    final Consumer<? super T> consumer;
    // Only the group's sweeps touch it, one at a time, on the group's thread.
    long given;

    Reader(Consumer<? super T> consumer, long since) {
      this.consumer = consumer;
      this.given = since;
    }
  }

  private record Item<T>(long number, T value) {}

  /**
   * One executor's readers (replaced under the fanout's lock, never changed, so that a sweep keeps those it started
   * with), and the items waiting for its next sweep (under the group's own lock, so that a sweep waits for no other
   * loop's).
   */
  private static final class Group<T> {

    final Executor executor;
    volatile Reader<T>[] readers;
    final List<Item<T>> waiting = new ArrayList<>();
    boolean sweeping;

    Group(Executor executor, Reader<T>[] readers) {
      this.executor = executor;
      this.readers = readers;
    }
  }

  private final List<Group<T>> groups = new ArrayList<>();
  private long emitted;

  /** Hands the item to every reader there is now, each on its own executor. */
  public synchronized void emit(T item) {
    var numbered = new Item<>(++emitted, item);
    for (var group : List.copyOf(groups)) {
      if (group.executor == INLINE) {
        for (var reader : group.readers) {
          give(reader, numbered.value());
        }
        continue;
      }
      boolean start;
      synchronized (group) {
        group.waiting.add(numbered);
        start = !group.sweeping;
        group.sweeping = true;
      }
      if (start) {
        submit(group, new Sweep(group));
      }
    }
  }

  /**
   * One sweep of a group: it takes the readers when it starts, then gives them what waits {@link #CHUNK} readers at a
   * time, each chunk a task of its own queued behind the flushes of the one before (a connection flushes in a task it
   * queues on its loop, and those flushes must not wait for the last reader of the group). Each chunk takes what
   * waits then, so that an item emitted meanwhile reaches the readers still ahead at once. Once every reader it
   * started with was given the items there were at its start, those items are done with; what came since makes
   * another sweep, for the readers swept before it came (and any added since).
   */
  private final class Sweep implements Runnable {

    private final Group<T> group;
    // Taken when the sweep starts, with the number of the last item waiting then.
    private Reader<T>[] readers;
    private long startedWith;
    private int from = -1;

    Sweep(Group<T> group) {
      this.group = group;
    }

    @Override
    public void run() {
      List<Item<T>> items;
      synchronized (group) {
        if (from < 0) {
          // Whoever was added before an item waiting now is among these readers.
          readers = group.readers;
          startedWith = group.waiting.getLast().number();
          from = 0;
        }
        items = List.copyOf(group.waiting);
      }
      int to = Math.min(readers.length, from + CHUNK);
      for (int i = from; i < to; i++) {
        var reader = readers[i];
        for (var item : items) {
          if (item.number() > reader.given) {
            give(reader, item.value());
            reader.given = item.number();
          }
        }
      }
      from = to;
      if (to < readers.length) {
        submit(group, this);
        return;
      }
      boolean again;
      synchronized (group) {
        group.waiting.removeIf(item -> item.number() <= startedWith);
        again = !group.waiting.isEmpty();
        group.sweeping = again;
      }
      if (again) {
        submit(group, new Sweep(group));
      }
    }
  }

  private void submit(Group<T> group, Runnable task) {
    try {
      group.executor.execute(task);
    } catch (RejectedExecutionException e) {
      // The event loop is shutting down: its connections are closing, and their readers with them.
      synchronized (group) {
        group.waiting.clear();
        group.sweeping = false;
      }
      log.debug("a group of readers no longer takes items", e);
    }
  }

  private static <T> void give(Reader<T> reader, T item) {
    try {
      reader.consumer.accept(item);
    } catch (RuntimeException e) {
      // One reader's failure must not keep the item from the others of its group.
      log.warn("a reader of a live stream failed to take an item", e);
    }
  }

  /** How many readers there are. */
  public synchronized int readers() {
    int count = 0;
    for (var group : groups) {
      count += group.readers.length;
    }
    return count;
  }

  /** Adds a reader served on {@code executor}; disposing of the result removes it. */
  public synchronized Disposable add(Executor executor, Consumer<? super T> consumer) {
    var reader = new Reader<T>(consumer, emitted);
    var group = groupOf(executor);
    if (group == null) {
      @SuppressWarnings("unchecked")
      Reader<T>[] alone = new Reader[] {reader};
      groups.add(new Group<>(executor, alone));
    } else {
      var grown = Arrays.copyOf(group.readers, group.readers.length + 1);
      grown[group.readers.length] = reader;
      group.readers = grown;
    }
    return () -> remove(executor, reader);
  }

  private synchronized void remove(Executor executor, Reader<T> reader) {
    var group = groupOf(executor);
    if (group == null) {
      return;
    }
    var readers = group.readers;
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
      groups.remove(group); // a sweep in progress ends on its own
      return;
    }
    @SuppressWarnings("unchecked")
    Reader<T>[] left = new Reader[readers.length - 1];
    System.arraycopy(readers, 0, left, 0, which);
    System.arraycopy(readers, which + 1, left, which, readers.length - which - 1);
    group.readers = left;
  }

  private @Nullable Group<T> groupOf(Executor executor) {
    for (var group : groups) {
      if (group.executor == executor) {
        return group;
      }
    }
    return null;
  }
}
