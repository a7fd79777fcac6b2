package org.deliberation.web.deliberation.topic;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.deliberation.core.project.Language;
import org.deliberation.core.topic.TopicGeneration;
import org.deliberation.core.topic.event.TopicsRecorded;
import org.jspecify.annotations.Nullable;

/** One project's recorded topic generations, in order, and its language. */
final class ProjectTopics {

  private final List<TopicsRecorded> generations = new ArrayList<>();
  private Language language = Language.en;

  synchronized void language(Language spoken) {
    language = spoken;
  }

  synchronized Language language() {
    return language;
  }

  /** A generation arrived; one already known (the same event read twice) or out of turn is ignored. */
  synchronized void record(TopicsRecorded recorded) {
    int expected = generations.isEmpty() ? 1 : generations.getLast().generation() + 1;
    if (recorded.generation() == expected) {
      generations.add(recorded);
    }
  }

  /** The last generation recorded, or {@link TopicGeneration#NONE}. */
  synchronized TopicGeneration latest() {
    return generations.isEmpty() ? TopicGeneration.NONE : generation(generations.getLast());
  }

  /** The last generation computed at or before {@code at} ({@code at} null: the last one), if any. */
  synchronized Optional<TopicsRecorded> at(@Nullable Instant at) {
    for (int i = generations.size() - 1; i >= 0; i--) {
      var candidate = generations.get(i);
      if (at == null || !candidate.computedAt().isAfter(at)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  static TopicGeneration generation(TopicsRecorded recorded) {
    return new TopicGeneration(
        recorded.generation(), recorded.inputDigest(), recorded.nextNumber(), recorded.topics());
  }
}
