package org.deliberation.web.deliberation.topic;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.deliberation.core.project.Language;
import org.deliberation.core.topic.TopicGeneration;
import org.deliberation.core.topic.event.TopicsRecorded;
import org.jspecify.annotations.Nullable;

/**
 * One project's topics: its latest generation whole, and when each earlier one was computed. Earlier generations are
 * read back from the store when asked for ({@link TopicHistory}), so memory holds one generation per project however
 * long its history.
 */
final class ProjectTopics {

  /** When a generation was computed. */
  record Stamp(int generation, Instant computedAt) {}

  private final List<Stamp> stamps = new ArrayList<>();
  private @Nullable TopicsRecorded latest;
  private Language language = Language.en;

  synchronized void language(Language spoken) {
    language = spoken;
  }

  synchronized Language language() {
    return language;
  }

  /** A generation arrived; one already known (the same event read twice) or out of turn is ignored. */
  synchronized void record(TopicsRecorded recorded) {
    if (recorded.generation() == stamps.size() + 1) {
      stamps.add(new Stamp(recorded.generation(), recorded.computedAt()));
      latest = recorded;
    }
  }

  /** The last generation recorded, or {@link TopicGeneration#NONE}. */
  synchronized TopicGeneration latest() {
    return latest == null ? TopicGeneration.NONE : generation(latest);
  }

  /** The last generation recorded as its event, if any. */
  synchronized Optional<TopicsRecorded> latestRecorded() {
    return Optional.ofNullable(latest);
  }

  /** The statements the last generation was computed from: every one is in a topic. */
  synchronized Set<String> latestStatements() {
    var all = new HashSet<String>();
    if (latest != null) {
      latest.topics().forEach(topic -> all.addAll(topic.statements()));
    }
    return all;
  }

  /** The last generation computed at or before {@code at} ({@code at} null: the last one), if any. */
  synchronized Optional<Stamp> at(@Nullable Instant at) {
    for (int i = stamps.size() - 1; i >= 0; i--) {
      var candidate = stamps.get(i);
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
