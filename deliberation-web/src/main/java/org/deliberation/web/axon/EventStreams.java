package org.deliberation.web.axon;

import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Reads one aggregate's events, which are always current: a page shown right after its edit shows that edit, with no
 * projection lag. The read is a chain of exact look-ups, run off the event loop.
 */
@Component
public class EventStreams {

  private final EventStore events;

  public EventStreams(EventStore events) {
    this.events = events;
  }

  public Mono<List<DomainEventMessage<?>>> read(String aggregateId) {
    return Mono.fromCallable(() -> events.readEvents(aggregateId).asStream().<DomainEventMessage<?>>map(e -> e)
            .toList())
        .subscribeOn(Schedulers.boundedElastic());
  }
}
