package org.deliberation.web.platform.store;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;
import org.deliberation.web.platform.eventstore.WriteBarrier;
import org.h2.mvstore.MVStore;

/**
 * The embedded default store: mongo-java-server on its H2 backend, persisted to one file under the data folder and
 * listening on a random loopback port, so that the server runs with no database to install; or, on a store node, on
 * the address app nodes reach it at. Its writes are applied one at a time ({@link SerializedWrites}).
 *
 * <p>It acknowledges a write only once the write is on disk: the reply to an insert, update, delete, findAndModify
 * or any other write is held until H2 has committed its pages and forced the file (fsync) in a group commit ({@link
 * GroupForce}) that every write finished before it shares. H2's own background writer is off, so nothing reaches the
 * file but those commits. An acknowledged write survives {@code kill -9} and a power cut, as far as the disk keeps
 * what it says it has forced (docs/event-store.md). The same holds for app nodes in other processes and for the
 * server's own embedded store, so the app's {@link #barrier()} has nothing left to do.
 */
public final class EmbeddedMongo implements AutoCloseable {

  private final GroupForce force;
  private final MongoServer server;
  private final InetSocketAddress address;

  /** The store of one server process, on a random loopback port only that process is told of. */
  public EmbeddedMongo(Path directory) {
    this(directory, new InetSocketAddress("127.0.0.1", 0));
  }

  /** The store served on a given address, as a store node serves it to app nodes. */
  public EmbeddedMongo(Path directory, InetSocketAddress bindAddress) {
    this(storeFile(directory), bindAddress);
  }

  /** The store in an H2 file name, which may name a file system of H2's (tests: an instrumented one). */
  EmbeddedMongo(String fileName, InetSocketAddress bindAddress) {
    var mvStore =
        new MVStore.Builder()
            .fileName(fileName)
            .autoCommitDisabled() // no background writer: GroupForce alone writes the file
            .autoCommitBufferSize(0) // and no commit in the middle of a write when memory fills
            .open();
    var writeLock = new ReentrantLock();
    this.force = new GroupForce(mvStore, writeLock, true);
    this.server = new MongoServer(new SerializedWrites(new H2Backend(mvStore), writeLock, force));
    try {
      server.bind(bindAddress);
    } catch (RuntimeException e) {
      server.shutdownNow();
      throw new IllegalStateException(
          "Cannot serve the store on " + bindAddress + " (is the port already in use?)", e);
    }
    this.address = server.getLocalAddress();
  }

  private static String storeFile(Path directory) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot create the data folder " + directory.toAbsolutePath(), e);
    }
    return directory.resolve("store.mv").toString();
  }

  public InetSocketAddress address() {
    return address;
  }

  public String connectionString() {
    return "mongodb://" + address.getHostString() + ":" + address.getPort();
  }

  /**
   * Nothing: the store itself acknowledges a write only once it is forced to disk, in group commits across all its
   * connections, so the event store has nothing to do after a write. Kept so that callers need not know which store
   * they are on.
   */
  public WriteBarrier barrier() {
    return WriteBarrier.NONE;
  }

  /** Benchmarks only: commits without forcing the file (an acknowledged write then survives kill -9, not power). */
  void forceFile(boolean force) {
    this.force.forceFile(force);
  }

  @Override
  public void close() {
    server
        .shutdownNow(); // closes the backend, which stops the group commits, commits and closes its
    // file
  }
}
