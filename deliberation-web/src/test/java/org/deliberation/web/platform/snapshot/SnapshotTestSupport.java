package org.deliberation.web.platform.snapshot;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.GenericMessage;
import org.deliberation.web.platform.axon.EventSerialization;

/**
 * A projection's snapshot as its processor would write and read it, for the tests of the features that declare
 * codecs: events journaled and committed one by one, written, then applied to another projection through its
 * handlers.
 */
public final class SnapshotTestSupport {

  private static final Executor NEVER =
      task -> {
        throw new AssertionError("no snapshot is written in the background here");
      };

  private final ProjectionSnapshot snapshot;

  public SnapshotTestSupport(Path file, List<PayloadCodec<?>> codecs) {
    var serializer = EventSerialization.serializer();
    snapshot =
        new ProjectionSnapshot(
            "test",
            file,
            new MessageCodec(serializer, codecs),
            serializer,
            Integer.MAX_VALUE,
            NEVER);
  }

  /** An event as a tracking processor hands it over, at a position of the store. */
  public static TrackedEventMessage<?> tracked(
      long position, Object payload, java.time.Instant at) {
    return new GenericTrackedEventMessage<>(
        new GlobalSequenceTrackingToken(position), new GenericMessage<>(payload), () -> at);
  }

  /** The processor applied this event and committed its token. */
  public void applied(TrackedEventMessage<?> message) {
    snapshot.journaled(message);
  }

  /** The processor committed a token past events it skipped by type: none of them journaled. */
  public void skippedTo(long position) {
    snapshot.tokens().storeToken(new GlobalSequenceTrackingToken(position), "test", 0);
  }

  public void write() {
    snapshot.write();
  }

  /** Applies the snapshot through the invoker, as at a start: how many events it applied. */
  public long restore(EventHandlerInvoker invoker, TrackingToken head) {
    return restore(invoker, head, List.of());
  }

  /** The same, telling these listeners as a start tells the feature's. */
  public long restore(
      EventHandlerInvoker invoker, TrackingToken head, List<SnapshotRestoreListener> listeners) {
    return snapshot.restore(invoker, head, listeners);
  }

  /** The token the processor would start from: the snapshot's, or none. */
  public TrackingToken startToken() {
    return snapshot.tokens().fetchToken("test", 0);
  }
}
