package org.deliberation.web.deliberation.topic;

import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.deliberation.core.topic.event.TopicsRecorded;
import org.springframework.stereotype.Component;

/**
 * The generations of a project's topics as stored: the latest is in memory ({@link TopicBook}), an earlier one, for
 * time travel, is read here from its stream, by its sequence number alone. Blocking: call it off the event loop.
 */
@Component
public class TopicHistory {

  private final TopicBook book;
  private final EventStore events;

  public TopicHistory(TopicBook book, EventStore events) {
    this.book = book;
    this.events = events;
  }

  /** The generation {@code number} of the project's topics, if recorded. */
  Optional<TopicsRecorded> generation(String project, int number) {
    var latest = book.find(project).flatMap(ProjectTopics::latestRecorded);
    if (latest.isPresent() && latest.get().generation() == number) {
      return latest;
    }
    var stream = events.readEvents(TopicRecomputation.stream(project), number - 1L);
    while (stream.hasNext()) {
      var event = stream.next();
      if (event.getSequenceNumber() == number - 1L
          && event.getPayload() instanceof TopicsRecorded recorded) {
        return Optional.of(recorded);
      }
      if (event.getSequenceNumber() >= number - 1L) {
        break;
      }
    }
    return Optional.empty();
  }
}
