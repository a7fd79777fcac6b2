package org.deliberation.web.deliberation.live;

/**
 * An event of a project's live stream, serialized once for all its subscribers.
 *
 * @param position the position in the event store of the last event it reflects: the stream's {@code id:}
 * @param type the stream's {@code event:} name
 * @param json the event's data
 */
public record LiveEvent(long position, Type type, String json) {

  /** The kinds of event a project's stream sends; their wire names are the API's. */
  public enum Type {
    SYNTHESIS("synthesis"),
    VOTE("vote"),
    STATEMENT("statement");

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
