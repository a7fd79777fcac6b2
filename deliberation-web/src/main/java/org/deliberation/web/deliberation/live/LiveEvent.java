package org.deliberation.web.deliberation.live;

import java.nio.ByteBuffer;
import java.time.Duration;
import org.deliberation.web.platform.stream.EventStreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * An event of a project's live stream, serialized once and framed once for all its subscribers. A class rather than a
 * record for the frame, made the first time a reader takes the event and then shared: each reader's copy is a
 * reference to the same bytes.
 */
public final class LiveEvent {

  /** The position of an event that has no {@code id:}. */
  public static final long NO_POSITION = Long.MIN_VALUE;

  // How soon a reader dropped for falling behind comes back: soon, it has a whole view to catch up.
  private static final Duration RESUME_AFTER = Duration.ofSeconds(1);

  private final long position;
  private final Type type;
  private final String json;
  private final @Nullable LiveEvent standalone;
  // Made at most a few times if readers race for it, all equal: no lock needed.
  private volatile @Nullable ByteBuffer frame;

  /**
   * @param position the position in the event store of the last event it reflects: the stream's {@code id:}; {@link
   *     #NO_POSITION} for an event without one
   * @param type the stream's {@code event:} name
   * @param json the event's data
   * @param standalone for a state of the synthesis (a whole view or a patch), the whole view at the same version that
   *     replaces it and an older one still waiting for a slow reader; null for the other events
   */
  public LiveEvent(long position, Type type, String json, @Nullable LiveEvent standalone) {
    this.position = position;
    this.type = type;
    this.json = json;
    this.standalone = standalone;
  }

  public LiveEvent(long position, Type type, String json) {
    this(position, type, json, null);
  }

  public long position() {
    return position;
  }

  public Type type() {
    return type;
  }

  public String json() {
    return json;
  }

  public @Nullable LiveEvent standalone() {
    return standalone;
  }

  /**
   * The event as the stream writes it: {@code id:}, {@code event:}, {@code data:} and the blank line after; shared by
   * every reader, read-only, each reader's connection writing a view of it ({@link ByteBuffer#duplicate()}).
   */
  public ByteBuffer frame() {
    var framed = frame;
    if (framed == null) {
      framed =
          EventStreamSupport.shared(
              EventStreamSupport.frame(
                  position == NO_POSITION ? null : Long.toString(position),
                  type.wireName(),
                  type == Type.RESUME ? RESUME_AFTER : null,
                  json));
      frame = framed;
    }
    return framed;
  }

  @Override
  public String toString() {
    return type.wireName() + "@" + position + " " + json;
  }

  /** The kinds of event a project's stream sends; their wire names are the API's. */
  public enum Type {
    SYNTHESIS("synthesis"),
    SYNTHESIS_PATCH("synthesis-patch"),
    VOTE("vote"),
    STATEMENT("statement"),
    /** The last event of a reader that fell too far behind: it reconnects with {@code Last-Event-ID}. */
    RESUME("resume");

    private final String wireName;

    Type(String wireName) {
      this.wireName = wireName;
    }

    /** The name the stream gives it ({@code event: vote}). */
    public String wireName() {
      return wireName;
    }
  }
}
