package org.deliberation.web.platform.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit of the embedded store's file: writes are numbered as they finish, and one thread commits H2's pages
 * and forces the file (fsync), then declares every write that had finished before that commit durable. Writers
 * whose writes finished before a force began share it; writes go on while it runs, and the next force covers them.
 *
 * <p>The commit is taken under the write lock, so that no write is half in the file; the force runs outside it. It is
 * the only writer of the file while the store is open: H2's own background writer and its commits on a full buffer are
 * turned off ({@link EmbeddedMongo}), because the background writer hands its pages to another thread and returns, so
 * a force could run before they reach the file.
 */
final class GroupForce implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(GroupForce.class);

  /** Compacting sparse chunks is H2's background writer's other duty: done here, every so many forces. */
  private static final int COMPACT_EVERY = 256;

  private static final int COMPACT_FILL_RATE = 50;
  private static final int COMPACT_BYTES = 1 << 20;

  private final MVStore store;
  private final ReentrantLock writeLock;
  private volatile boolean forceFile;
  private final Object lock = new Object();
  private final List<Waiter> waiters = new ArrayList<>();
  private final Thread thread;

  private long finished; // guarded by writeLock
  private long forced; // guarded by lock
  private long requested; // guarded by lock
  private long forces; // the committer thread's own
  private boolean closed; // guarded by lock
  private boolean broken; // guarded by lock

  private record Waiter(long write, Consumer<Boolean> then) {}

  GroupForce(MVStore store, ReentrantLock writeLock, boolean forceFile) {
    this.store = store;
    this.writeLock = writeLock;
    this.forceFile = forceFile;
    this.thread = Thread.ofPlatform().daemon().name("store-group-force").start(this::run);
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
        while (!closed && requested <= forced) {
          try {
            lock.wait();
          } catch (InterruptedException e) {
            closed = true;
          }
        }
        if (closed) {
          return;
        }
      }
      long covered;
      List<Waiter> released;
      try {
        covered = commitAndForce();
      } catch (RuntimeException e) {
        log.error("The store's file could not be committed and forced; writes are refused", e);
        synchronized (lock) {
          broken = true;
          released = List.copyOf(waiters);
          waiters.clear();
        }
        released.forEach(w -> w.then().accept(false));
        return;
      }
      synchronized (lock) {
        forced = covered;
        released = new ArrayList<>();
        waiters.removeIf(w -> w.write() <= covered && released.add(w));
      }
      released.forEach(w -> w.then().accept(true));
    }
  }

  private long commitAndForce() {
    long covered;
    writeLock.lock();
    try {
      if (++forces % COMPACT_EVERY == 0) {
        store.compact(COMPACT_FILL_RATE, COMPACT_BYTES); // rewrites sparse chunks' live pages
      }
      covered = finished;
      store.commit();
    } finally {
      writeLock.unlock();
    }
    if (forceFile) {
      store.sync();
    }
    return covered;
  }

  /** Stops the thread once its force in progress is done; waiters left are refused. */
  @Override
  public void close() {
    synchronized (lock) {
      closed = true;
      lock.notifyAll();
    }
    try {
      thread.join();
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
