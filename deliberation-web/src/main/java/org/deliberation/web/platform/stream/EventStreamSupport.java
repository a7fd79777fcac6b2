package org.deliberation.web.platform.stream;

import java.time.Duration;
import org.deliberation.web.platform.http.BadRequestException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;

/** What every server-sent event stream here shares: resumption from {@code Last-Event-ID}, and keep-alives. */
public final class EventStreamSupport {

  /** A comment this often keeps proxies from closing an idle stream. */
  public static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

  /** How many events may wait for a slow reader before its stream ends (it then resumes). */
  public static final int BUFFER = 10_000;

  /** The position to resume after: the {@code Last-Event-ID} header, or the {@code lastEventId} parameter. */
  public static @Nullable Long lastEventId(ServerWebExchange exchange) {
    var header = exchange.getRequest().getHeaders().getFirst("Last-Event-ID");
    var value =
        header != null ? header : exchange.getRequest().getQueryParams().getFirst("lastEventId");
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new BadRequestException(
          "Last-Event-ID", "must be the id of an event of this stream, a number");
    }
  }

  public static <T> Flux<ServerSentEvent<T>> withKeepAlive(Flux<ServerSentEvent<T>> events) {
    return Flux.merge(
        events,
        Flux.interval(KEEP_ALIVE)
            .map(tick -> ServerSentEvent.<T>builder().comment("keep-alive").build()));
  }

  private EventStreamSupport() {}
}
