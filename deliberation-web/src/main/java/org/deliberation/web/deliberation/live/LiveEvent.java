package org.deliberation.web.deliberation.live;

import org.jspecify.annotations.Nullable;

/**
 * An event of a project's live stream, serialized once for all its subscribers.
 *
 * @param position the position in the event store of the last event it reflects: the stream's {@code id:}; {@link
 *     #NO_POSITION} for an event without one
 * @param type the stream's {@code event:} name
 * @param json the event's data
 * @param standalone for a state of the synthesis (a whole view or a patch), the whole view at the same version that
 *     replaces it and an older one still waiting for a slow reader; null for the other events
 */
public record LiveEvent(long position, Type type, String json, @Nullable LiveEvent standalone) {

  /** The position of an event that has no {@code id:}. */
  public static final long NO_POSITION = Long.MIN_VALUE;

  public LiveEvent(long position, Type type, String json) {
    this(position, type, json, null);
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
