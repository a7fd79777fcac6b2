package org.deliberation.web.platform.axon;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Reads where every projection stands: its state, how far behind the head it is, and how many events it parked.
 * Blocking (it asks the store for the head and the dead-letter queues for their size): call it off the event loop.
 */
@Component
public class ProjectionStatuses {

  private final EventProcessingConfiguration processing;
  private final EventStore events;

  public ProjectionStatuses(EventProcessingConfiguration processing, EventStore events) {
    this.processing = processing;
    this.events = events;
  }

  /** Every tracking projection, by name. */
  public List<ProjectionStatus> all() {
    long head = head();
    var statuses = new ArrayList<ProjectionStatus>();
    for (var entry : processing.eventProcessors().entrySet()) {
      if (entry.getValue() instanceof StreamingEventProcessor processor) {
        statuses.add(status(entry.getKey(), processor, head));
      }
    }
    return statuses;
  }

  /** One projection, if it exists. */
  public Optional<ProjectionStatus> of(String name) {
    long head = head();
    return processing
        .eventProcessor(name)
        .filter(StreamingEventProcessor.class::isInstance)
        .map(processor -> status(name, (StreamingEventProcessor) processor, head));
  }

  /** The position of the last event stored. */
  public long head() {
    var token = events.createHeadToken();
    return token == null ? 0 : token.position().orElse(0);
  }

  // The head is read before the processor's status: a processor that reports caught up after that
  // has looked at
  // every event up to it, including the trailing ones it skips by type without moving its token.
  private ProjectionStatus status(String name, StreamingEventProcessor processor, long head) {
    long position = -1;
    for (var status : processor.processingStatus().values()) {
      position = Math.max(position, status.getCurrentPosition().orElse(-1));
    }
    var state =
        !processor.isRunning() || processor.isError()
            ? ProjectionStatus.State.STALLED
            : caughtUp(processor)
                ? ProjectionStatus.State.CAUGHT_UP
                : heldElsewhere(name, processor)
                    ? ProjectionStatus.State.HELD_ELSEWHERE
                    : ProjectionStatus.State.CATCHING_UP;
    // A projection another node keeps is as far as that node is; this one does not know it.
    if (state == ProjectionStatus.State.CAUGHT_UP
        || state == ProjectionStatus.State.HELD_ELSEWHERE) {
      position = Math.max(position, head);
    }
    position = Math.max(position, 0);
    return new ProjectionStatus(name, state, position, Math.max(0, head - position), parked(name));
  }

  /**
   * Whether another node holds every segment of a stored projection: this node works on none of them and the token
   * store offers none (a claim is offered again once it is older than the claim timeout, when its node stopped
   * renewing it). Such a projection is kept in the store by that node, for every node: it holds nothing back here.
   */
  private boolean heldElsewhere(String name, StreamingEventProcessor processor) {
    if (!processor.processingStatus().isEmpty()) {
      return false;
    }
    try {
      var tokens = processing.tokenStore(name);
      return tokens.fetchSegments(name).length > 0 && tokens.fetchAvailableSegments(name).isEmpty();
    } catch (RuntimeException e) {
      return false; // the store does not answer: not known to be held anywhere
    }
  }

  private long parked(String name) {
    return processing.deadLetterQueue(name).map(queue -> queue.amountOfSequences()).orElse(0L);
  }

  /** Whether a processor runs without error and every one of its segments has reached the head of the events. */
  public static boolean caughtUp(StreamingEventProcessor processor) {
    return processor.isRunning()
        && !processor.isError()
        && !processor.processingStatus().isEmpty()
        && processor.processingStatus().values().stream().allMatch(EventTrackerStatus::isCaughtUp);
  }
}
