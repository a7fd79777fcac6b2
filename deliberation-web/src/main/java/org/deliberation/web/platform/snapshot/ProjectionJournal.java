package org.deliberation.web.platform.snapshot;

import java.io.IOException;
import java.util.Optional;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.jspecify.annotations.Nullable;

/**
 * The events one projection applied, compacted, as its processor's thread hands them over, and the last token its
 * processor committed with the length of the events it covers. A capture pairs the two as they were at that commit,
 * so a snapshot never holds an event its token does not cover, nor the other way round.
 */
final class ProjectionJournal {

  /** What a snapshot holds: the events up to a committed token. */
  record Capture(TrackingToken token, ChunkedBytes.Prefix events, long count) {}

  private ChunkedBytes bytes = new ChunkedBytes();
  private MessageCodec.Writer writer;
  private long count;
  private @Nullable TrackingToken committedToken;
  private long committedSize;
  private long committedCount;
  private long capturedCount;
  private @Nullable TrackingToken capturedToken;
  private @Nullable String broken;

  ProjectionJournal(MessageCodec codec) {
    this.writer = codec.writer(bytes);
  }

  synchronized void append(TrackedEventMessage<?> message) {
    if (broken != null) {
      return;
    }
    try {
      writer.write(message);
      count++;
    } catch (IOException | RuntimeException e) {
      broken = "an event could not be kept (" + e + ")";
    }
  }

  /** The processor stored its token: every event appended so far is covered by it. */
  synchronized void committed(TrackingToken token) {
    committedToken = token;
    committedSize = bytes.size();
    committedCount = count;
  }

  /**
   * A batch was rolled back and will be delivered again: the events appended since the last commit would be kept twice.
   * No snapshot is written any more until the next start; the one on disk stays true to its own token.
   */
  synchronized void rolledBack() {
    broken = "a batch of events was rolled back";
  }

  /** Takes over the events of a snapshot just applied, and goes on after them. */
  synchronized void restored(
      ChunkedBytes events, MessageCodec.Reader reader, long restoredCount, TrackingToken token) {
    bytes = events;
    writer = reader.continueOn(bytes);
    count = restoredCount;
    capturedCount = restoredCount;
    capturedToken = token;
    committed(token);
  }

  /** The events and token of the last commit, unless the token has not moved since the last capture. */
  synchronized Optional<Capture> capture() {
    // The token alone may have moved: a projection that skips most events by type (the petitions
    // among votes) still starts after them.
    if (broken != null || committedToken == null || committedToken.equals(capturedToken)) {
      return Optional.empty();
    }
    capturedCount = committedCount;
    capturedToken = committedToken;
    return Optional.of(
        new Capture(
            committedToken,
            new ChunkedBytes.Prefix(bytes.prefix().chunks(), committedSize),
            committedCount));
  }

  synchronized long sinceCapture() {
    return committedCount - capturedCount;
  }

  synchronized long count() {
    return count;
  }

  synchronized @Nullable String broken() {
    return broken;
  }
}
