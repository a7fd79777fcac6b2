package org.deliberation.core.topic;

import org.deliberation.core.synthesis.Synthesis;

/** A topic's consensus, dissent, agreement level and representative statements, from a synthesis. */
public final class TopicSynthesis {

  private TopicSynthesis() {}

  public static TopicSummary of(Topic topic, Synthesis synthesis) {
    throw new UnsupportedOperationException("the topic engine is being written");
  }
}
