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
 * on its own thread, a few readers at a time: a sweep gives each reader every item emitted since the last sweep, back
 * to back, so that its connection writes them in one flush, and the items emitted during a sweep wait for the next
 * one. The emitting thread hands a group at most one task however many readers watch and however many items it
 * emits meanwhile; an item reaches every reader of a group before the next one starts going out there; and the groups
 * are swept side by side on every core. A reader served on no thread of its own ({@link #INLINE}) is given each item
 * on the emitting thread.
 *
 * <p>Every reader gets the items in the order they were emitted, and none emitted before it was added.
 */
public final class Fanout<T> {

  /** For readers served on the emitting thread. */
  public static final Executor INLINE = Runnable::run;

  /** How many readers of a group are given their items in one task. */
  static final int CHUNK = 32;

  private static final Logger log = LoggerFactory.getLogger(Fanout.class);

  /** A reader, and how many items had been emitted when it was added: it gets only later ones. */
  private record Reader<T>(Consumer<? super T> consumer, long since) {}

  private record Item<T>(long number, T value) {}

  /** One executor's readers, and the items waiting for its next sweep. Guarded by the fanout. */
  private static final class Group<T> {

    final Executor executor;
    // Replaced, never changed, so that a sweep keeps the readers it started with.
    Reader<T>[] readers;
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
      group.waiting.add(numbered);
      if (!group.sweeping) {
        group.sweeping = true;
        submit(group, new Sweep(group));
      }
    }
  }

  /**
   * One sweep of a group: it takes the readers and the waiting items when it starts, then gives them out {@link
   * #CHUNK} readers at a time, each chunk a task of its own queued behind the flushes of the one before (a connection
   * flushes in a task it queues on its loop, and those flushes must not wait for the last reader of the group).
   */
  private final class Sweep implements Runnable {

    private final Group<T> group;
    private Reader<T>[] readers;
    private List<Item<T>> items = List.of();
    private int from = -1;

    Sweep(Group<T> group) {
      this.group = group;
      this.readers = group.readers;
    }

    @Override
    public void run() {
      if (from < 0) {
        synchronized (Fanout.this) {
          readers = group.readers;
          items = List.copyOf(group.waiting);
          group.waiting.clear();
        }
        from = 0;
      }
      int to = Math.min(readers.length, from + CHUNK);
      for (int i = from; i < to; i++) {
        var reader = readers[i];
        for (var item : items) {
          if (item.number() > reader.since()) {
            give(reader, item.value());
          }
        }
      }
      from = to;
      if (to < readers.length) {
        submit(group, this);
        return;
      }
      synchronized (Fanout.this) {
        if (group.waiting.isEmpty()) {
          group.sweeping = false;
        } else {
          submit(group, new Sweep(group));
        }
      }
    }
  }

  private void submit(Group<T> group, Runnable task) {
    try {
      group.executor.execute(task);
    } catch (RejectedExecutionException e) {
      // The event loop is shutting down: its connections are closing, and their readers with them.
      synchronized (this) {
        group.waiting.clear();
        group.sweeping = false;
      }
      log.debug("a group of readers no longer takes items", e);
    }
  }

  private static <T> void give(Reader<T> reader, T item) {
    try {
      reader.consumer().accept(item);
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
