package org.deliberation.web.platform.store;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.deliberation.web.platform.eventstore.WriteBarrier;

/**
 * The embedded default store: mongo-java-server on its H2 backend, persisted to one file under the data folder and
 * listening on a random loopback port, so that the server runs with no database to install; or, on a store node, on
 * the address app nodes reach it at. Its writes are applied one at a time ({@link SerializedWrites}).
 *
 * <p>H2 flushes its pages about once a second on its own; {@link #barrier()} commits them at once, which the event
 * store calls before acknowledging a commit, so an acknowledged write survives {@code kill -9}. It does not survive a
 * power cut (no fsync): production uses a real MongoDB replica set.
 */
public final class EmbeddedMongo implements AutoCloseable {

  private final H2Backend backend;
  private final MongoServer server;
  private final InetSocketAddress address;
  private final AtomicLong finishedWrites = new AtomicLong();
  private final Object commitLock = new Object();
  private long committedWrites;

  /** The store of one server process, on a random loopback port only that process is told of. */
  public EmbeddedMongo(Path directory) {
    this(directory, new InetSocketAddress("127.0.0.1", 0));
  }

  /** The store served on a given address, as a store node serves it to app nodes. */
  public EmbeddedMongo(Path directory, InetSocketAddress bindAddress) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot create the data folder " + directory.toAbsolutePath(), e);
    }
    this.backend = new H2Backend(directory.resolve("store.mv").toString());
    this.server = new MongoServer(new SerializedWrites(backend));
    try {
      server.bind(bindAddress);
    } catch (RuntimeException e) {
      server.shutdownNow();
      throw new IllegalStateException(
          "Cannot serve the store on " + bindAddress + " (is the port already in use?)", e);
    }
    this.address = server.getLocalAddress();
  }

  public InetSocketAddress address() {
    return address;
  }

  public String connectionString() {
    return "mongodb://" + address.getHostString() + ":" + address.getPort();
  }

  /**
   * Commits the store's pending pages to its file before a write is acknowledged. Concurrent writers share commits
   * (group commit): a writer whose write finished before another writer's commit began is covered by that commit and
   * does not commit again.
   */
  public WriteBarrier barrier() {
    return () -> {
      long mine = finishedWrites.incrementAndGet();
      synchronized (commitLock) {
        if (committedWrites >= mine) {
          return;
        }
        long covered = finishedWrites.get();
        backend.commit();
        committedWrites = covered;
      }
    };
  }

  @Override
  public void close() {
    server.shutdownNow(); // closes the backend, which commits and closes its file
  }
}
