package org.deliberation.web.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.junit.jupiter.api.Test;

class SharedStoreAggregateCacheTest {

  /** An aggregate root as small as Axon takes one. */
  static final class Counter {
    @AggregateIdentifier String id = "counter-1";
  }

  private final List<String> asked = new ArrayList<>();

  private static AggregateCacheEntry<Counter> atVersion(long version) {
    var model = AnnotatedAggregateMetaModelFactory.inspectAggregate(Counter.class);
    return new AggregateCacheEntry<>(
        EventSourcedAggregate.reconstruct(
            new Counter(),
            model,
            version,
            false,
            SimpleEventBus.builder().build(),
            NoSnapshotTriggerDefinition.TRIGGER));
  }

  @Test
  void givesAnEntryNoOtherNodeChangedSinceAskingAtItsVersion() {
    var cache =
        new SharedStoreAggregateCache(
            (id, version) -> {
              asked.add(id + "@" + version);
              return false;
            });
    var entry = atVersion(41);
    cache.put("counter-1", entry);

    assertThat((Object) cache.get("counter-1")).isSameAs(entry);
    assertThat(asked).containsExactly("counter-1@41");
  }

  @Test
  void dropsAnEntryAnotherNodeChangedSoThatTheAggregateIsLoadedAgain() {
    var cache = new SharedStoreAggregateCache((id, version) -> version < 42);
    cache.put("counter-1", atVersion(41));

    assertThat((Object) cache.get("counter-1")).isNull();
    assertThat(cache.containsKey("counter-1")).isFalse();

    var fresh = atVersion(42);
    cache.put("counter-1", fresh);
    assertThat((Object) cache.get("counter-1")).isSameAs(fresh);
  }

  @Test
  void asksNothingForAnAggregateItDoesNotHold() {
    var cache =
        new SharedStoreAggregateCache(
            (id, version) -> {
              asked.add(id);
              return true;
            });

    assertThat((Object) cache.get("counter-1")).isNull();
    assertThat(asked).isEmpty();
  }
}
