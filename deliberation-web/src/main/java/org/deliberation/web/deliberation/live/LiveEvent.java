package org.deliberation.web.deliberation.live;

/**
 * An event of a project's live stream, serialized once for all its subscribers.
 *
 * @param position the position in the event store of the last event it reflects: the stream's {@code id:}
 * @param type {@code synthesis}, {@code vote} or {@code statement}
 * @param json the event's data
 */
public record LiveEvent(long position, String type, String json) {}
