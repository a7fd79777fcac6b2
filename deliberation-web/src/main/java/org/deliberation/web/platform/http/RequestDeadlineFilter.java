package org.deliberation.web.platform.http;

import java.time.Duration;
import org.deliberation.web.platform.config.DeliberationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * No answer waits forever. A fatal error deep in a handler (a stack overflow, which Reactor rethrows instead of
 * signalling) leaves its request without an answer; past the deadline the request gets a 503 problem instead, and
 * the connection is free again. Event streams are meant to last and are left alone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 4)
public class RequestDeadlineFilter implements WebFilter {

  private final Duration deadline;

  public RequestDeadlineFilter(DeliberationProperties properties) {
    this.deadline = properties.http().requestDeadline();
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    if (isStream(exchange)) {
      return chain.filter(exchange);
    }
    return chain
        .filter(exchange)
        .timeout(
            deadline,
            Mono.defer(
                () -> {
                  if (exchange.getResponse().isCommitted()) {
                    return Mono.empty();
                  }
                  exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
                  return FilterRefusal.problem(
                      exchange,
                      HttpStatus.SERVICE_UNAVAILABLE,
                      "The server took longer than "
                          + deadline.toSeconds()
                          + " s to answer. If you sent a change, reload to see whether it was taken before "
                          + "sending it again.");
                }));
  }

  private static boolean isStream(ServerWebExchange exchange) {
    var request = exchange.getRequest();
    if (request.getPath().value().endsWith("/stream")) {
      return true;
    }
    try {
      return request.getHeaders().getAccept().stream()
          .anyMatch(
              type -> type.isCompatibleWith(MediaType.TEXT_EVENT_STREAM) && !type.isWildcardType());
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }
}
