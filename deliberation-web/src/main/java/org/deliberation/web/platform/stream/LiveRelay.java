package org.deliberation.web.platform.stream;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * Attaches a reader to a hot stream: what it missed first, then everything emitted from now on. Call it where
 * emission is serialized (under the emitter's lock), so that nothing falls between the backlog and the live events.
 * The live events wait in a bounded buffer until the reader reads; a reader that falls {@code buffer} events behind
 * gets an error, and resumes from the last event it saw.
 */
public final class LiveRelay {

  public static <T> Flux<T> attach(List<T> backlog, Flux<T> live, int buffer) {
    var relay = Sinks.many().unicast().<T>onBackpressureBuffer(new ArrayBlockingQueue<>(buffer));
    var subscription =
        live.subscribe(
            event -> {
              if (relay.tryEmitNext(event).isFailure()) {
                relay.tryEmitError(
                    new IllegalStateException(
                        "the reader is too slow; it resumes with Last-Event-ID"));
              }
            });
    // Disposed however the reader leaves, even before it reached the live part. The emitter (under
    // its lock) only
    // queues the event; framing and writing it for each reader happen on the parallel workers, on
    // every core.
    return Flux.concat(Flux.fromIterable(List.copyOf(backlog)), relay.asFlux())
        .publishOn(Schedulers.parallel())
        .doFinally(signal -> subscription.dispose());
  }

  private LiveRelay() {}
}
