package org.deliberation.web.platform.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * One WARN line, never a stack trace, for each request answered with a client error: enough to see an attack or a
 * broken client in the log, too little for anyone to flood it. Server errors are logged with their cause by
 * {@link ProblemDetailsAdvice}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ClientErrorLog implements WebFilter {

  private static final Logger log = LoggerFactory.getLogger(ClientErrorLog.class);
  private static final int SHOWN = 200;

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    exchange
        .getResponse()
        .beforeCommit(
            () -> {
              var status = exchange.getResponse().getStatusCode();
              if (status != null && status.is4xxClientError() && log.isWarnEnabled()) {
                var request = exchange.getRequest();
                log.warn(
                    "{} {} {} from {}",
                    status.value(),
                    request.getMethod().name(),
                    shown(request.getURI().getRawPath()),
                    request.getRemoteAddress() == null
                        ? "?"
                        : request.getRemoteAddress().getAddress());
              }
              return Mono.empty();
            });
    return chain.filter(exchange);
  }

  /** The path as it may go into a log line: printable ASCII only (no forged log lines), and not too long. */
  static String shown(String path) {
    var shown = new StringBuilder(Math.min(path.length(), SHOWN) + 1);
    for (int i = 0; i < path.length() && shown.length() < SHOWN; i++) {
      char c = path.charAt(i);
      shown.append(c >= 0x20 && c < 0x7F ? c : '?');
    }
    return path.length() > SHOWN ? shown.append('…').toString() : shown.toString();
  }
}
