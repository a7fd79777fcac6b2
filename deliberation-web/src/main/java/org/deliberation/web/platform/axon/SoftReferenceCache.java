package org.deliberation.web.platform.axon;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.jspecify.annotations.Nullable;

/**
 * An aggregate cache that keeps its aggregates until memory runs short (soft references), at most {@code maximum} of
 * them. Axon's {@code WeakReferenceCache} loses an aggregate at the next collection, which under load is every few
 * hundred milliseconds: a page edited once a second was reloaded, every revision of it, for each edit.
 */
public final class SoftReferenceCache implements Cache {

  private final com.github.benmanes.caffeine.cache.Cache<Object, Object> entries;
  private final List<EntryListener> listeners = new CopyOnWriteArrayList<>();

  public SoftReferenceCache(int maximum) {
    this.entries =
        Caffeine.newBuilder()
            .maximumSize(maximum)
            .softValues()
            .evictionListener(
                (@Nullable Object key,
                    @Nullable Object value,
                    com.github.benmanes.caffeine.cache.RemovalCause cause) -> {
                  if (key != null) {
                    listeners.forEach(listener -> listener.onEntryExpired(key));
                  }
                })
            .build();
  }

  @Override
  @SuppressWarnings("unchecked")
  public <K, V> @Nullable V get(K key) {
    var value = (V) entries.getIfPresent(key);
    if (value != null) {
      listeners.forEach(listener -> listener.onEntryRead(key, value));
    }
    return value;
  }

  @Override
  public void put(Object key, Object value) {
    var before = entries.asMap().put(key, value);
    listeners.forEach(
        listener -> {
          if (before == null) {
            listener.onEntryCreated(key, value);
          } else {
            listener.onEntryUpdated(key, value);
          }
        });
  }

  @Override
  public boolean putIfAbsent(Object key, Object value) {
    boolean added = entries.asMap().putIfAbsent(key, value) == null;
    if (added) {
      listeners.forEach(listener -> listener.onEntryCreated(key, value));
    }
    return added;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
    return (T) entries.get(key, k -> valueSupplier.get());
  }

  @Override
  public boolean remove(Object key) {
    boolean removed = entries.asMap().remove(key) != null;
    if (removed) {
      listeners.forEach(listener -> listener.onEntryRemoved(key));
    }
    return removed;
  }

  @Override
  public void removeAll() {
    for (var key : List.copyOf(entries.asMap().keySet())) {
      remove(key);
    }
  }

  @Override
  public boolean containsKey(Object key) {
    return entries.asMap().containsKey(key);
  }

  @Override
  public Registration registerCacheEntryListener(EntryListener listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
    entries.asMap().computeIfPresent(key, (k, value) -> update.apply((V) value));
  }
}
