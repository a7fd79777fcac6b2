package org.deliberation.core.topic.event;

import java.time.Instant;
import java.util.List;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.topic.Topic;

/**
 * A recomputation of a project's topics, stored so that their ids survive a restart and time travel shows the topics
 * officials saw. Stored as event {@code generation - 1} of the stream {@code topics:<project>}: when two nodes record
 * the same generation, the store keeps the first and refuses the other, and both computed the same topics anyway.
 *
 * @param computedAt when it was computed; {@code ?at=} shows the last generation computed by then
 */
public record TopicsRecorded(
    ProjectId projectId,
    int generation,
    Instant computedAt,
    String inputDigest,
    int nextNumber,
    List<Topic> topics) {

  public TopicsRecorded {
    topics = List.copyOf(topics);
  }
}
