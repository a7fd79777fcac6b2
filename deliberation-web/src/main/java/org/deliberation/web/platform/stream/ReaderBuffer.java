package org.deliberation.web.platform.stream;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;

/**
 * What waits for one reader of a live stream, bounded whatever the reader does. Items leave it only as fast as the
 * reader's connection takes them. A state (an item that says where something stands now, as a synthesis or its patch)
 * supersedes the one still waiting: both are replaced by the latest state standing alone (a whole view), so a reader
 * that is behind gets one item instead of many. A reader still {@link Limits} behind after that is dropped: what waits
 * is discarded and its stream ends with a farewell that tells it where to resume. The backlog a reader starts with
 * (what it missed, then the whole view) is not counted: it is made once, when the reader arrives.
 */
public final class ReaderBuffer<T> {

  /** How far behind a reader may fall: items and bytes waiting, not counting its backlog. */
  public record Limits(int items, long bytes) {

    public static final Limits DEFAULT = new Limits(512, 4L << 20);
  }

  /** What the buffer must know of its items. */
  public interface Rules<T> {

    /** About how many bytes the item takes on the wire. */
    long bytes(T item);

    /** For a state, the latest state standing alone that replaces it and one still waiting; null for an event. */
    @Nullable T standalone(T item);

    /** The last item of a dropped reader's stream, after {@code last}, the last item it was given (null if none). */
    T farewell(@Nullable T last);
  }

  // Items leave the buffer this many at a time at most: the rest wait here, where they can be
  // coalesced.
  private static final int PREFETCH = 8;

  private final Limits limits;
  private final Rules<T> rules;
  private final ArrayDeque<T> backlog;
  private final ArrayDeque<T> queue = new ArrayDeque<>();
  private final AtomicInteger draining = new AtomicInteger();
  private long bytes;
  private @Nullable T waitingState;
  private @Nullable T last;
  private boolean ended;
  private boolean completed;
  private @Nullable FluxSink<T> sink;
  private @Nullable Disposable source;

  public ReaderBuffer(List<T> backlog, Limits limits, Rules<T> rules) {
    this.backlog = new ArrayDeque<>(backlog);
    this.limits = limits;
    this.rules = rules;
    for (var item : backlog) {
      if (rules.standalone(item) != null) {
        waitingState = item;
      }
    }
  }

  /**
   * Attaches a reader to a hot stream: its backlog, then everything emitted from now on. Call it where emission is
   * serialized (under the emitter's lock), so that nothing falls between the backlog and the live items. The items
   * are offered on {@code executor}, the reader's connection's event loop ({@link Fanout}), which writes them there:
   * no thread of our own per reader in between, and the connection writes whatever has come since its last write in
   * one flush.
   */
  public static <T> Flux<T> attach(
      List<T> backlog, Fanout<T> live, Executor executor, Limits limits, Rules<T> rules) {
    var buffer = new ReaderBuffer<>(backlog, limits, rules);
    buffer.from(live.add(executor, buffer::offer));
    return buffer.flux().limitRate(PREFETCH);
  }

  /** The reader's items, once: cancelling it (the reader left) stops the live items too. */
  public Flux<T> flux() {
    return Flux.create(
        sink -> {
          synchronized (this) {
            this.sink = sink;
          }
          sink.onRequest(n -> drain());
          sink.onDispose(this::dispose);
          drain();
        });
  }

  /** A live item for this reader: queued, made to supersede a waiting state, or the reader dropped. */
  public void offer(T item) {
    synchronized (this) {
      if (ended) {
        return;
      }
      var standalone = rules.standalone(item);
      var queued = item;
      if (standalone != null && waitingState != null) {
        if (backlog.removeLastOccurrence(waitingState)) {
          queued = standalone;
        } else if (queue.removeLastOccurrence(waitingState)) {
          bytes -= rules.bytes(waitingState);
          queued = standalone;
        }
      }
      long size = rules.bytes(queued);
      // An item bigger than the limit still goes to a reader that is not behind.
      if (!queue.isEmpty() && (queue.size() >= limits.items() || bytes + size > limits.bytes())) {
        end();
      } else {
        queue.add(queued);
        bytes += size;
        if (standalone != null) {
          waitingState = queued;
        }
      }
    }
    drain();
  }

  private synchronized void from(Disposable live) {
    source = live;
  }

  /** How many live items wait for the reader. */
  public synchronized int items() {
    return queue.size();
  }

  /** How many bytes of live items wait for the reader. */
  public synchronized long bytes() {
    return bytes;
  }

  private void end() {
    ended = true;
    backlog.clear();
    queue.clear();
    waitingState = null;
    var farewell = rules.farewell(last);
    queue.add(farewell);
    bytes = rules.bytes(farewell);
    if (source != null) {
      source.dispose();
    }
  }

  // One thread at a time hands items on, in order; a call while one does makes it loop again.
  private void drain() {
    if (draining.getAndIncrement() != 0) {
      return;
    }
    int missed = 1;
    do {
      while (true) {
        T item;
        FluxSink<T> to;
        synchronized (this) {
          to = sink;
          if (to == null) {
            break;
          }
          if (ended && !completed && backlog.isEmpty() && queue.isEmpty()) {
            completed = true;
            to.complete();
            break;
          }
          item = to.requestedFromDownstream() == 0 ? null : poll();
          if (item == null) {
            break;
          }
          last = item;
        }
        to.next(item);
      }
      missed = draining.addAndGet(-missed);
    } while (missed != 0);
  }

  private @Nullable T poll() {
    var item = backlog.poll();
    if (item == null) {
      item = queue.poll();
      if (item != null) {
        bytes -= rules.bytes(item);
      }
    }
    if (item != null && item == waitingState) {
      waitingState = null;
    }
    return item;
  }

  private synchronized void dispose() {
    ended = true;
    completed = true;
    backlog.clear();
    queue.clear();
    bytes = 0;
    waitingState = null;
    if (source != null) {
      source.dispose();
    }
  }
}
