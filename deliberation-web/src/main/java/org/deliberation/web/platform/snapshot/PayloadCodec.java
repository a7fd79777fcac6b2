package org.deliberation.web.platform.snapshot;

import java.io.IOException;

/**
 * A compact form of one event type in the snapshots, declared as a bean by the feature whose projection receives it
 * in numbers (votes, signatures). Every other event is kept in the serializer's JSON, which is compact enough for
 * events that come by the thousand, not by the million.
 */
public interface PayloadCodec<T> {

  Class<T> type();

  /** Changes whenever {@link #write} does: a snapshot written by another version is ignored and rebuilt. */
  int version();

  void write(T payload, JournalOutput out) throws IOException;

  T read(JournalInput in) throws IOException;
}
