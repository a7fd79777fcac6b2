package org.deliberation.web.platform.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The snapshot of one projection kept in memory: its journal, fed by an interceptor on its processor; its token store;
 * its file. At start, before the processor, the snapshot's events are applied through the processor's own handlers and
 * the processor starts from the snapshot's token; a snapshot that cannot be used is logged and the projection is
 * rebuilt from the events, as without snapshots.
 */
final class ProjectionSnapshot {

  private static final Logger log = LoggerFactory.getLogger(ProjectionSnapshot.class);

  private final String group;
  private final Path file;
  private final MessageCodec codec;
  private final Serializer serializer;
  private final ProjectionJournal journal;
  private final JournalingTokenStore tokens;
  private final int everyEvents;
  private final Executor writer;
  private final AtomicBoolean writing = new AtomicBoolean();

  ProjectionSnapshot(
      String group,
      Path file,
      MessageCodec codec,
      Serializer serializer,
      int everyEvents,
      Executor writer) {
    this.group = group;
    this.file = file;
    this.codec = codec;
    this.serializer = serializer;
    this.everyEvents = everyEvents;
    this.writer = writer;
    this.journal = new ProjectionJournal(codec);
    this.tokens = new JournalingTokenStore(journal, this::committed);
  }

  JournalingTokenStore tokens() {
    return tokens;
  }

  /** Keeps each event the processor applied; a batch rolled back stops the snapshots of this run. */
  MessageHandlerInterceptor<EventMessage<?>> interceptor() {
    return (unitOfWork, chain) -> {
      var result = chain.proceed();
      if (unitOfWork.getMessage() instanceof TrackedEventMessage<?> message) {
        journal.append(message);
      }
      unitOfWork.onRollback(rolledBack -> journal.rolledBack());
      return result;
    };
  }

  /**
   * Applies the snapshot, if there is a usable one, and sets the processor's token to it.
   *
   * @param head the store's head: a snapshot beyond it was taken of another store
   * @return how many events were applied from it (0 when the projection is rebuilt from the events)
   */
  long restore(EventHandlerInvoker invoker, @Nullable TrackingToken head) {
    if (!Files.exists(file)) {
      log.info("{}: no snapshot yet, the projection is built from every event", group);
      return 0;
    }
    long started = System.nanoTime();
    SnapshotFile.Loaded loaded;
    TrackingToken token;
    try {
      loaded = SnapshotFile.read(file, codec.schema());
      var serialized = loaded.token();
      token =
          serializer.deserialize(
              new SimpleSerializedObject<>(
                  serialized.data(), byte[].class, serialized.type(), serialized.revision()));
    } catch (SnapshotFile.Rejected | IOException | RuntimeException e) {
      return ignored(e.getMessage());
    }
    long position = token.position().orElse(-1);
    long last = head == null ? -1 : head.position().orElse(-1);
    if (position > last) {
      return ignored(
          "its token is at "
              + position
              + ", past the store's last event "
              + last
              + ": the store was replaced");
    }
    var reader = codec.reader(loaded.events().prefix().open());
    long applied = 0;
    try {
      while (reader.hasNext()) {
        var message = reader.next();
        DefaultUnitOfWork.startAndGet(message)
            .executeWithResult(
                () -> {
                  invoker.handle(message, Segment.ROOT_SEGMENT);
                  return null;
                });
        applied++;
      }
      if (applied != loaded.count()) {
        throw new IOException("it holds " + applied + " events, its header says " + loaded.count());
      }
    } catch (Exception e) {
      invoker.performReset();
      return ignored("its events could not be applied (" + e + ")");
    }
    tokens.initializeTokenSegments(group, 1, token);
    journal.restored(loaded.events(), reader, applied, token);
    log.info(
        "{}: {} events applied from its snapshot in {} ms; the processor goes on after position {}",
        group,
        applied,
        (System.nanoTime() - started) / 1_000_000,
        position);
    return applied;
  }

  private long ignored(@Nullable String reason) {
    log.warn(
        "{}: snapshot {} ignored, the projection is rebuilt from every event: {}",
        group,
        file,
        reason);
    return 0;
  }

  /** Writes what the processor last committed, if anything changed since the last snapshot. */
  synchronized void write() {
    var broken = journal.broken();
    if (broken != null) {
      log.warn("{}: no snapshot is written until the next start: {}", group, broken);
      return;
    }
    var capture = journal.capture();
    if (capture.isEmpty()) {
      return;
    }
    long started = System.nanoTime();
    var taken = capture.get();
    var token = serializer.serialize(taken.token(), byte[].class);
    try {
      SnapshotFile.write(
          file,
          codec.schema(),
          new SnapshotFile.SerializedToken(
              token.getType().getName(), token.getType().getRevision(), token.getData()),
          taken.count(),
          taken.events());
      log.info(
          "{}: snapshot of {} events ({} bytes) written in {} ms",
          group,
          taken.count(),
          taken.events().size(),
          (System.nanoTime() - started) / 1_000_000);
    } catch (IOException | RuntimeException e) {
      log.warn("{}: the snapshot could not be written ({}); the last one stays", group, e);
    }
  }

  /** After each commit of the processor: past {@code everyEvents}, a snapshot is written on the writer's thread. */
  private void committed() {
    if (journal.sinceCapture() >= everyEvents && writing.compareAndSet(false, true)) {
      writer.execute(
          () -> {
            try {
              write();
            } finally {
              writing.set(false);
            }
          });
    }
  }

  /** As the interceptor and the token store see an event applied and its batch committed (for tests). */
  void journaled(TrackedEventMessage<?> message) {
    journal.append(message);
    tokens.storeToken(message.trackingToken(), group, 0);
  }
}
