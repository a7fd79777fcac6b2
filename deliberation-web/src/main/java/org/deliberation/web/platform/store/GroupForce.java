package org.deliberation.web.platform.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit of the embedded store's file: writes are numbered as they finish; one thread commits H2's pages, and
 * the file is then forced (fsync) on a thread of its own, after which every write that had finished before that
 * commit is declared durable. Writers whose writes finished before a commit share its force; writes go on while it
 * runs.
 *
 * <p>Up to {@link #IN_FLIGHT} forces run at once: a write that finishes while a force runs is committed at once and
 * forced beside it, instead of waiting for that force to end and then for its own (which made a write wait one and a
 * half forces on average, where it now waits about one). A later force covers everything an earlier one does, since it
 * begins after the earlier commit's pages were written; a write is declared durable by whichever force covering it
 * ends first.
 *
 * <p>The commit is taken under the write lock, so that no write is half in the file; the force runs outside it. The
 * committer is the only writer of the file while the store is open: H2's own background writer and its commits on a
 * full buffer are turned off ({@link EmbeddedMongo}), because the background writer hands its pages to another thread
 * and returns, so a force could run before they reach the file.
 */
final class GroupForce implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(GroupForce.class);

  /** Forces running at once: two are enough for a write never to wait for a force begun before it finished. */
  static final int IN_FLIGHT = 2;

  /** Compacting sparse chunks is H2's background writer's other duty: done here, every so many commits. */
  private static final int COMPACT_EVERY = 256;

  private static final int COMPACT_FILL_RATE = 50;
  private static final int COMPACT_BYTES = 1 << 20;

  private final MVStore store;
  private final ReentrantLock writeLock;
  private volatile boolean forceFile;
  private final Object lock = new Object();
  private final List<Waiter> waiters = new ArrayList<>();
  private final Thread committer;
  private final ExecutorService forcers =
      Executors.newFixedThreadPool(
          IN_FLIGHT, Thread.ofPlatform().daemon().name("store-force-", 0).factory());

  private long finished; // guarded by writeLock
  private long committed; // guarded by lock: the last write the latest commit covers
  private long forced; // guarded by lock
  private long requested; // guarded by lock
  private int inFlight; // guarded by lock: forces begun and not ended
  private long commits; // the committer thread's own
  private boolean closed; // guarded by lock
  private boolean broken; // guarded by lock

  private record Waiter(long write, Consumer<Boolean> then) {}

  GroupForce(MVStore store, ReentrantLock writeLock, boolean forceFile) {
    this.store = store;
    this.writeLock = writeLock;
    this.forceFile = forceFile;
    this.committer = Thread.ofPlatform().daemon().name("store-group-commit").start(this::run);
  }

  /** Numbers a write that has just finished; called under the write lock. */
  long finished() {
    return ++finished;
  }

  boolean isDurable(long write) {
    synchronized (lock) {
      return forced >= write;
    }
  }

  /**
   * Calls {@code then} with {@code true} once a force covering {@code write} has completed (at once if one has), or
   * with {@code false} if the file could not be forced: the write must then not be acknowledged.
   */
  void whenDurable(long write, Consumer<Boolean> then) {
    boolean now;
    boolean failed;
    synchronized (lock) {
      now = forced >= write;
      failed = broken || closed;
      if (!now && !failed) {
        waiters.add(new Waiter(write, then));
        requested = Math.max(requested, write);
        lock.notifyAll();
        return;
      }
    }
    then.accept(now);
  }

  /** Blocks until {@code write} is durable; for callers with no connection to answer on. */
  void awaitDurable(long write) {
    var done = new CompletableFuture<Boolean>();
    whenDurable(write, done::complete);
    if (!done.join()) {
      throw new IllegalStateException("The store's file could not be forced to disk");
    }
  }

  /** Benchmarks only: commit without forcing, to measure what the force costs. */
  void forceFile(boolean force) {
    this.forceFile = force;
  }

  private void run() {
    while (true) {
      synchronized (lock) {
        while (!closed && !broken && (requested <= committed || inFlight >= IN_FLIGHT)) {
          try {
            lock.wait();
          } catch (InterruptedException e) {
            closed = true;
          }
        }
        if (closed || broken) {
          return;
        }
        inFlight++;
      }
      long covered;
      try {
        covered = commit();
      } catch (RuntimeException e) {
        failed("committed", e);
        return;
      }
      synchronized (lock) {
        committed = covered;
      }
      if (forceFile) {
        forcers.execute(() -> force(covered));
      } else {
        forced(covered);
      }
    }
  }

  private long commit() {
    writeLock.lock();
    try {
      if (++commits % COMPACT_EVERY == 0) {
        store.compact(COMPACT_FILL_RATE, COMPACT_BYTES); // rewrites sparse chunks' live pages
      }
      long covered = finished;
      store.commit();
      return covered;
    } finally {
      writeLock.unlock();
    }
  }

  private void force(long covered) {
    try {
      store.sync();
    } catch (RuntimeException e) {
      failed("forced", e);
      return;
    }
    forced(covered);
  }

  private void forced(long covered) {
    List<Waiter> released = new ArrayList<>();
    synchronized (lock) {
      inFlight--;
      forced = Math.max(forced, covered);
      long durable = forced;
      waiters.removeIf(w -> w.write() <= durable && released.add(w));
      lock.notifyAll();
    }
    released.forEach(w -> w.then().accept(true));
  }

  private void failed(String what, RuntimeException e) {
    log.error("The store's file could not be {}; writes are refused", what, e);
    List<Waiter> released;
    synchronized (lock) {
      broken = true;
      inFlight--;
      released = List.copyOf(waiters);
      waiters.clear();
      lock.notifyAll();
    }
    released.forEach(w -> w.then().accept(false));
  }

  /** Stops the committer once its commit in progress is done, and waits for the forces begun; waiters left are refused. */
  @Override
  public void close() {
    synchronized (lock) {
      closed = true;
      lock.notifyAll();
    }
    try {
      committer.join();
      forcers.shutdown();
      forcers.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    List<Waiter> left;
    synchronized (lock) {
      left = List.copyOf(waiters);
      waiters.clear();
    }
    left.forEach(w -> w.then().accept(false));
  }
}
