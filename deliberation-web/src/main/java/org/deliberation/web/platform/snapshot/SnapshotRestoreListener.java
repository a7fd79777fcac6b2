package org.deliberation.web.platform.snapshot;

import org.axonframework.eventhandling.TrackedEventMessage;

/**
 * A feature told when its projection's snapshot is applied at start, so that work its handlers set off for each event
 * (a recomputation on another thread, say) can wait for the last event and be done once: the events of a snapshot are
 * applied in one go, before the processor starts, and nothing reads the projection meanwhile.
 */
public interface SnapshotRestoreListener {

  /** The processing group of the projection it listens to. */
  String group();

  /** Before the first event of the snapshot is applied. */
  void restoring();

  /**
   * After the last one, or after the restore failed and the projection was reset: always once after
   * {@link #restoring()}, before the processor starts.
   */
  void restored();

  /**
   * Whether {@link #apply} applies the events of this type itself, skipping Axon's dispatch and its unit of work and
   * result per event: for a type a projection receives by the million (votes). It must do all that the group's
   * handlers do with such an event; the state after a restore is compared with a replay's in the tests of the feature.
   */
  default boolean takes(Class<?> payloadType) {
    return false;
  }

  /** Applies an event of a type it {@link #takes}, in its place among the snapshot's events. */
  default void apply(TrackedEventMessage<?> event) {
    throw new UnsupportedOperationException("no event is applied here");
  }
}
