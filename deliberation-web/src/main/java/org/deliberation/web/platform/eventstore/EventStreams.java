package org.deliberation.web.platform.eventstore;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Reads one aggregate's events, which are always current: a page shown right after its edit shows that edit, with no
 * projection lag. Streams already read are kept (softly, so memory pressure drops them) and only their tail is read
 * again: stored events never change, so the cached prefix stays true, and any node's newer commits are in the tail.
 */
@Component
public class EventStreams {

  private static final int CACHED_STREAMS = 512;

  private final EventStore events;
  private final @Nullable CommitLogEventStorageEngine commitLog;

  private final Cache<String, List<DomainEventMessage<?>>> cache =
      Caffeine.newBuilder().maximumSize(CACHED_STREAMS).softValues().build();

  public EventStreams(EventStore events, EventStorageEngine engine) {
    this.events = events;
    this.commitLog = engine instanceof CommitLogEventStorageEngine log ? log : null;
  }

  public Mono<List<DomainEventMessage<?>>> read(String aggregateId) {
    return Mono.fromCallable(() -> readNow(aggregateId)).subscribeOn(Schedulers.boundedElastic());
  }

  private List<DomainEventMessage<?>> readNow(String aggregateId) {
    var known = cache.getIfPresent(aggregateId);
    var prefix = known == null ? List.<DomainEventMessage<?>>of() : known;
    // A stream read before ends after a whole commit: its tail is read from there without looking
    // back for a commit that position would be inside (one query instead of two).
    var read =
        commitLog != null
            ? commitLog.readEventsFromCommit(aggregateId, prefix.size())
            : events.readEvents(aggregateId, prefix.size());
    var tail = read.asStream().<DomainEventMessage<?>>map(e -> e).toList();
    if (tail.isEmpty()) {
      return prefix;
    }
    var all = new ArrayList<DomainEventMessage<?>>(prefix.size() + tail.size());
    all.addAll(prefix);
    all.addAll(tail);
    var stream = List.copyOf(all);
    cache.put(aggregateId, stream);
    return stream;
  }
}
