package org.deliberation.web.project.projection;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.deliberation.web.platform.axon.Projection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * The processor that keeps this node's read caches (pages, projects) true: every node runs its own, from the head of
 * the events when it starts and with its position in memory, so that an edit stored by any node reaches every node's
 * caches. A stored projection could not do it: it runs on the one node that claims it. A cache takes nothing in
 * before this processor tracks, nor serves while it is stalled.
 */
@Component
public class ReadCaches {

  public static final String GROUP = "read-caches";

  @Bean
  static Projection readCachesDeclared() {
    return Projection.ownPositionCatchingUpWhileServing(GROUP);
  }

  /** Starts at the head: the caches are empty at start, so nothing older needs undoing. */
  @Bean
  static ConfigurerModule readCachesProcessor() {
    return configurer ->
        configurer
            .eventProcessing()
            .registerTokenStore(GROUP, c -> new InMemoryTokenStore())
            .registerTrackingEventProcessor(
                GROUP,
                c -> c.eventStore(),
                c ->
                    TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(100)
                        .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
  }

  private final ObjectProvider<EventProcessingConfiguration> processing;
  private volatile boolean tracked;

  public ReadCaches(ObjectProvider<EventProcessingConfiguration> processing) {
    this.processing = processing;
  }

  /** Whether the processor runs without error: a cache that is not kept true must not answer. */
  public boolean kept() {
    return tracked && healthy(false);
  }

  /**
   * Whether the processor holds a position, so that every event stored from now on will reach the caches: what a
   * read must see before what it loaded may be kept.
   */
  public boolean tracking() {
    if (!tracked) {
      tracked = healthy(true);
    }
    return tracked && healthy(false);
  }

  private boolean healthy(boolean positioned) {
    var configuration = processing.getIfAvailable();
    if (configuration == null) {
      return false;
    }
    return configuration
        .eventProcessor(GROUP, StreamingEventProcessor.class)
        .map(
            processor ->
                processor.isRunning()
                    && !processor.isError()
                    && (!positioned || !processor.processingStatus().isEmpty()))
        .orElse(false);
  }
}
