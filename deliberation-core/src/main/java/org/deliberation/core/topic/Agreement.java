package org.deliberation.core.topic;

/** How much a topic's statements are agreed on, in one word (the rule is {@link TopicSynthesis}'s). */
public enum Agreement {
  high,
  mixed,
  low
}
