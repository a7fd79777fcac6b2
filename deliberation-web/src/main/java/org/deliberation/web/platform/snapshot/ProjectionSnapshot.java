package org.deliberation.web.platform.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The snapshot of one projection kept in memory: its journal, fed by an interceptor on its processor; its token store;
 * its file. At start, before the processor, the snapshot's events are applied through the processor's own handlers, a
 * batch to a unit of work, with the feature's {@link SnapshotRestoreListener}s told before and after, and the
 * processor starts from the snapshot's token; a snapshot that cannot be used is logged and the projection is rebuilt
 * from the events, as without snapshots.
 */
final class ProjectionSnapshot {

  private static final Logger log = LoggerFactory.getLogger(ProjectionSnapshot.class);
  // Events applied in one unit of work at start: the processor's batches are smaller, but here
  // nothing waits for a commit.
  private static final int BATCH = 1_024;

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
   * @param listeners told before the first event is applied and after the last (or the reset)
   * @return how many events were applied from it (0 when the projection is rebuilt from the events)
   */
  long restore(
      EventHandlerInvoker invoker,
      @Nullable TrackingToken head,
      List<SnapshotRestoreListener> listeners) {
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
    listeners.forEach(SnapshotRestoreListener::restoring);
    try {
      var batch = new ArrayList<EventMessage<?>>(BATCH);
      while (reader.hasNext()) {
        var message = reader.next();
        var taker = taker(listeners, message);
        if (taker != null) {
          apply(invoker, batch);
          taker.apply(message);
        } else {
          batch.add(message);
          if (batch.size() == BATCH) {
            apply(invoker, batch);
          }
        }
        applied++;
      }
      apply(invoker, batch);
      if (applied != loaded.count()) {
        throw new IOException("it holds " + applied + " events, its header says " + loaded.count());
      }
    } catch (Exception e) {
      invoker.performReset();
      return ignored("its events could not be applied (" + e + ")");
    } finally {
      listeners.forEach(SnapshotRestoreListener::restored);
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

  /**
   * One unit of work for a batch of events, as the processor applies them, each handed to the handlers in turn; an
   * event a handler failed on fails the restore.
   */
  private static void apply(EventHandlerInvoker invoker, List<EventMessage<?>> batch)
      throws Exception {
    if (batch.isEmpty()) {
      return;
    }
    var unitOfWork = new BatchingUnitOfWork<>(batch);
    var result =
        unitOfWork.executeWithResult(
            () -> {
              invoker.handle(unitOfWork.getMessage(), Segment.ROOT_SEGMENT);
              return null;
            });
    if (result.isExceptional()) {
      throw new IOException(
          "an event failed: " + result.exceptionResult(), result.exceptionResult());
    }
    batch.clear();
  }

  /** The listener that applies the event itself, if any: the batch before it is applied first, to keep the order. */
  private static @Nullable SnapshotRestoreListener taker(
      List<SnapshotRestoreListener> listeners, TrackedEventMessage<?> message) {
    for (var listener : listeners) {
      if (listener.takes(message.getPayloadType())) {
        return listener;
      }
    }
    return null;
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
