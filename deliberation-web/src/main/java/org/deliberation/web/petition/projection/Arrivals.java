package org.deliberation.web.petition.projection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

/**
 * Which event of each petition the read model has applied, and who waits for one: a request that sent a command
 * waits here for its event before it reads, so that it reads its own write. Waiters are completed by the projection's
 * thread, never polled.
 */
final class Arrivals {

  private record Waiter(long sequence, MonoSink<Void> sink) {}

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private final Map<String, Long> applied = new HashMap<>();
  private final Map<String, List<Waiter>> waiting = new HashMap<>();

  /** Completes once the event {@code sequence} of the aggregate has been applied. */
  Mono<Void> await(String aggregate, long sequence) {
    return Mono.<Void>create(
            sink -> {
              synchronized (this) {
                if (applied.getOrDefault(aggregate, -1L) >= sequence) {
                  sink.success();
                } else {
                  waiting
                      .computeIfAbsent(aggregate, id -> new ArrayList<>())
                      .add(new Waiter(sequence, sink));
                }
              }
            })
        .timeout(PATIENCE);
  }

  /** The projection applied the event {@code sequence} of the aggregate. */
  void applied(String aggregate, long sequence) {
    List<Waiter> ready = new ArrayList<>();
    synchronized (this) {
      applied.merge(aggregate, sequence, Math::max);
      var waiters = waiting.get(aggregate);
      if (waiters == null) {
        return;
      }
      waiters.removeIf(
          waiter -> {
            if (waiter.sequence() <= sequence) {
              ready.add(waiter);
              return true;
            }
            return false;
          });
      if (waiters.isEmpty()) {
        waiting.remove(aggregate);
      }
    }
    ready.forEach(waiter -> waiter.sink().success());
  }

  synchronized void clear() {
    applied.clear();
  }
}
