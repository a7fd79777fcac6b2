package org.deliberation.core.topic;

import java.util.List;
import org.deliberation.core.project.Language;

/** Recomputes a project's topics. */
public final class Topics {

  private Topics() {}

  /**
   * The topics of {@code statements} (in the order they were posted), with the ids of {@code previous} carried over:
   * a fresh topic takes the id of the previous topic most of whose statements it holds. Deterministic.
   */
  public static TopicGeneration next(
      TopicGeneration previous, List<TopicInput> statements, Language language) {
    throw new UnsupportedOperationException("the topic engine is being written");
  }

  /** A digest of the statements' ids and texts, order included. */
  public static String digest(List<TopicInput> statements) {
    throw new UnsupportedOperationException("the topic engine is being written");
  }
}
