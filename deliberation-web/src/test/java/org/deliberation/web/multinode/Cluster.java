package org.deliberation.web.multinode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.deliberation.web.durability.ServerProcess;

/**
 * One store node and two app nodes over it, each a process of the packaged jar with its own data folder, on loopback
 * ports: the topology of docs/multi-node.md. The app nodes share the anti-forgery key, as nodes behind one address
 * must. Logs go to {@code target/multinode/<name>/}, kept after the run.
 */
public final class Cluster implements AutoCloseable {

  /** The key both app nodes sign the pages' anti-forgery tokens with. */
  static final String FORM_SECRET = "the form key every app node of this cluster shares";

  private final Path data;
  private final Path logs;
  private final ServerProcess store;
  private ServerProcess a;
  private final ServerProcess b;
  private int starts;

  private Cluster(Path data, Path logs) {
    this.data = data;
    this.logs = logs;
    this.store = ServerProcess.startStore(folder("store"), logs.resolve("store.log"));
    ServerProcess first = null;
    try {
      // One after the other: the first start creates the first admin, which the second then finds.
      first = startApp("a");
      this.a = first;
      this.b = startApp("b");
    } catch (RuntimeException e) {
      // Child processes outlive the test's JVM: none may be left running.
      if (first != null) {
        first.close();
      }
      store.close();
      throw e;
    }
  }

  /** Starts the three nodes; {@code data} holds their data folders. */
  public static Cluster start(Path data, String name) {
    var logs = Path.of("target", "multinode", name);
    try {
      Files.createDirectories(logs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Cluster(data, logs);
  }

  public ServerProcess a() {
    return a;
  }

  public ServerProcess b() {
    return b;
  }

  /** SIGKILL to node A: nothing of it is flushed or handed over. */
  public void killA() {
    a.kill();
  }

  /** Node A again, on its data folder (its search index, its own position in the events). */
  public void restartA() {
    if (a.alive()) {
      a.kill();
    }
    a = startApp("a");
  }

  private ServerProcess startApp(String name) {
    return ServerProcess.start(
        folder(name),
        logs.resolve(name + "-" + ++starts + ".log"),
        Map.of(
            "DELIBERATION_MONGODB_URI",
            store.mongodbUri(),
            "DELIBERATION_SESSIONS_FORM_SECRET",
            FORM_SECRET));
  }

  private Path folder(String name) {
    try {
      return Files.createDirectories(data.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    a.close();
    b.close();
    store.stop();
  }
}
