package org.deliberation.web.health;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.deliberation.web.search.SearchProjection;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * DOWN until every tracking processor runs and has caught up with the event store, so that a node joining a cluster
 * or rebuilding its projections is not sent readers before its read models are complete. The search index is the
 * exception: it may rebuild for a long while, and the site works without it meanwhile, so its progress is shown here
 * (and at {@code /api/search/status}) without holding the node back.
 */
@Component("projections")
public class ProjectionsHealthIndicator implements HealthIndicator {

  private final EventProcessingConfiguration processing;

  public ProjectionsHealthIndicator(EventProcessingConfiguration processing) {
    this.processing = processing;
  }

  @Override
  public Health health() {
    var builder = Health.up();
    boolean ready = true;
    for (var entry : processing.eventProcessors().entrySet()) {
      if (entry.getValue() instanceof StreamingEventProcessor processor) {
        boolean caughtUp = caughtUp(processor);
        builder.withDetail(entry.getKey(), caughtUp ? "caught up" : "catching up");
        ready &= caughtUp || entry.getKey().equals(SearchProjection.GROUP);
      }
    }
    return ready ? builder.build() : builder.down().build();
  }

  /** Whether a processor runs without error and every one of its segments has reached the head of the events. */
  public static boolean caughtUp(StreamingEventProcessor processor) {
    return processor.isRunning() && !processor.isError() && !processor.processingStatus().isEmpty()
        && processor.processingStatus().values().stream().allMatch(EventTrackerStatus::isCaughtUp);
  }
}
