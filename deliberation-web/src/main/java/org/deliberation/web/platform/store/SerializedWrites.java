package org.deliberation.web.platform.store;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * The embedded store's backend with its writes applied one at a time, whichever connection or process sends them.
 *
 * <p>mongo-java-server checks a unique index and then adds the entry, and answers a {@code findAndModify} with a
 * document that a concurrent increment may already be changing: two concurrent writers can both pass the check, or be
 * handed the same counter value, because the answer holds the stored document that the next increment changes
 * while the reply is still being encoded. One process used to serialize its own allocations; app nodes in several processes
 * cannot, so the store does. Reads are not serialized.
 *
 * <p>A write's reply is sent once the write is on disk ({@link GroupForce}, {@link DurableReplies}).
 */
final class SerializedWrites implements MongoBackend {

  private static final Set<String> WRITES =
      Set.of(
          "insert",
          "update",
          "delete",
          "findandmodify",
          "createindexes",
          "dropindexes",
          "drop",
          "create",
          "dropdatabase",
          "renamecollection");

  private final MongoBackend backend;
  private final ReentrantLock writeLock;
  private final GroupForce force;

  SerializedWrites(MongoBackend backend, ReentrantLock writeLock, GroupForce force) {
    this.backend = backend;
    this.writeLock = writeLock;
    this.force = force;
  }

  static boolean isWrite(String command, Document query) {
    var name = command.toLowerCase(Locale.ROOT);
    if (name.equals("aggregate")) {
      // A pipeline ending in $out or $merge writes its result.
      return query.get("pipeline") instanceof List<?> stages
          && stages.stream()
              .anyMatch(
                  s ->
                      s instanceof Document d
                          && (d.containsKey("$out") || d.containsKey("$merge")));
    }
    return WRITES.contains(name);
  }

  @Override
  public Document handleCommand(Channel channel, String database, String command, Document query) {
    if (!isWrite(command, query)) {
      return backend.handleCommand(channel, database, command, query);
    }
    writeLock.lock();
    try {
      // The answer may hold the stored document itself (findAndModify's value), which the next
      // write changes while this reply is still being encoded: it is copied under the lock.
      return backend.handleCommand(channel, database, command, query).cloneDeeply();
    } finally {
      // Numbered even when it failed: a failed insert of many documents may have stored some.
      long write = force.finished();
      writeLock.unlock();
      if (journaled(query)) {
        awaitDurable(channel, write);
      }
    }
  }

  /**
   * Whether the writer asked for its write to be on disk before the reply: unless it says {@code j: false}, as
   * MongoDB's journal option does, it is. A write that says so is committed with the next force anyway.
   */
  static boolean journaled(Document query) {
    return !(query.get("writeConcern") instanceof Document concern
        && Boolean.FALSE.equals(concern.get("j")));
  }

  /**
   * The reply to a write leaves once the write is on disk: held by the connection's {@link DurableReplies}, which
   * runs on this same event loop and sees the reply next, or, with no connection, waited for here.
   */
  private void awaitDurable(@Nullable Channel channel, long write) {
    if (channel != null && channel.eventLoop().inEventLoop()) {
      DurableReplies.of(channel, force).nextReplyAnswers(write);
    } else {
      force.awaitDurable(write);
    }
  }

  @Override
  public Document handleMessage(MongoMessage message) {
    var document = message.getDocument();
    var command = document.keySet().iterator().next();
    return handleCommand(message.getChannel(), message.getDatabaseName(), command, document);
  }

  @Override
  public QueryResult handleQuery(MongoQuery query) {
    return backend.handleQuery(query);
  }

  @Override
  public void handleClose(Channel channel) {
    backend.handleClose(channel);
  }

  @Override
  public void dropDatabase(String database) {
    long write;
    writeLock.lock();
    try {
      backend.dropDatabase(database);
    } finally {
      write = force.finished();
      writeLock.unlock();
    }
    force.awaitDurable(write);
  }

  @Override
  public Collection<Document> getCurrentOperations(MongoQuery query) {
    return backend.getCurrentOperations(query);
  }

  @Override
  public Document getServerStatus() {
    return backend.getServerStatus();
  }

  @Override
  public void close() {
    force.close();
    backend.close(); // commits and closes the file
  }

  @Override
  public void closeCursors(List<Long> cursorIds) {
    backend.closeCursors(cursorIds);
  }

  @Override
  public Clock getClock() {
    return backend.getClock();
  }

  @Override
  public void enableOplog() {
    backend.enableOplog();
  }

  @Override
  public void disableOplog() {
    backend.disableOplog();
  }

  @Override
  public MongoDatabase resolveDatabase(String database) {
    return backend.resolveDatabase(database);
  }

  @Override
  public MongoBackend version(MongoVersion version) {
    backend.version(version);
    return this;
  }
}
