package org.deliberation.core.topic;

import java.util.List;

/**
 * The topics of a project after one recomputation.
 *
 * @param generation 1 for the first recomputation, then one more each time
 * @param inputDigest a digest of the statements it was computed from, so that an unchanged set is not recomputed
 * @param nextNumber the number the next new topic's id takes, so that an id is never given twice
 */
public record TopicGeneration(
    int generation, String inputDigest, int nextNumber, List<Topic> topics) {

  /** Before the first recomputation. */
  public static final TopicGeneration NONE = new TopicGeneration(0, "", 1, List.of());

  public TopicGeneration {
    topics = List.copyOf(topics);
  }
}
