package org.deliberation.web.platform.axon;

import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.AggregateCacheEntry;

/**
 * An aggregate cache for nodes that share a store: an aggregate is taken from it only while no other node has changed
 * it since, which one exact look-up tells ({@link ChangedSince}). Without the check a node would judge a command on a
 * stale aggregate: a page edit of a revision another node stored would be refused as unknown (a 412 that is wrong),
 * a stage change judged on the stage before. A change stored between the check and this node's append still makes
 * the append lose on the commit's unique key, evicts the entry, and the gateway retries on fresh state: a stale
 * aggregate never overwrites.
 */
final class SharedStoreAggregateCache implements Cache {

  /** Whether the store holds a commit of the aggregate after the version this node knows. */
  @FunctionalInterface
  interface ChangedSince {
    boolean after(String aggregateId, long version);
  }

  private final Cache cached = new WeakReferenceCache();
  private final ChangedSince changed;

  SharedStoreAggregateCache(ChangedSince changed) {
    this.changed = changed;
  }

  @Override
  public <K, V> V get(K key) {
    V value = cached.get(key);
    if (value instanceof AggregateCacheEntry<?> entry && !current(key.toString(), entry)) {
      cached.remove(key);
      return null;
    }
    return value;
  }

  private boolean current(String aggregateId, AggregateCacheEntry<?> entry) {
    Long version;
    try {
      // Kept in memory, an entry holds its aggregate, which this returns without the arguments it
      // would need to
      // rebuild one; an entry without it (never here) is not trusted.
      version = entry.recreateAggregate(null, null, null, null).version();
    } catch (RuntimeException e) {
      return false;
    }
    return version != null && !changed.after(aggregateId, version);
  }

  @Override
  public void put(Object key, Object value) {
    cached.put(key, value);
  }

  @Override
  public boolean putIfAbsent(Object key, Object value) {
    return cached.putIfAbsent(key, value);
  }

  @Override
  public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
    return cached.computeIfAbsent(key, valueSupplier);
  }

  @Override
  public boolean remove(Object key) {
    return cached.remove(key);
  }

  @Override
  public void removeAll() {
    cached.removeAll();
  }

  @Override
  public boolean containsKey(Object key) {
    return cached.containsKey(key);
  }

  @Override
  public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
    return cached.registerCacheEntryListener(cacheEntryListener);
  }

  @Override
  public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
    cached.computeIfPresent(key, update);
  }
}
