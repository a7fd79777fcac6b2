package org.deliberation.web.platform.http;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses a request whose {@code Accept} or {@code Content-Type} is not a media type at all ({@code garbage;;;==})
 * with a 400 that names the header. Left to the handlers, such a header fails content negotiation after the status is
 * chosen, and the answer was an empty 500; checked here, it is refused before anything runs.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
public class MediaTypeHeaderFilter implements WebFilter {

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    var headers = exchange.getRequest().getHeaders();
    for (var name : List.of(HttpHeaders.ACCEPT, HttpHeaders.CONTENT_TYPE)) {
      for (var value : headers.getOrEmpty(name)) {
        if (!parses(name, value)) {
          return FilterRefusal.problem(
              exchange,
              HttpStatus.BAD_REQUEST,
              "The "
                  + name
                  + " header is not a valid "
                  + "media type"
                  + (name.equals(HttpHeaders.ACCEPT) ? " list" : "")
                  + ". Send, for example, "
                  + (name.equals(HttpHeaders.ACCEPT)
                      ? "application/json"
                      : "application/json; charset=utf-8")
                  + ", or leave it out.");
        }
      }
    }
    return chain.filter(exchange);
  }

  private static boolean parses(String name, String value) {
    try {
      if (name.equals(HttpHeaders.ACCEPT)) {
        MediaType.parseMediaTypes(value);
      } else {
        MediaType.parseMediaType(value);
      }
      return true;
    } catch (InvalidMediaTypeException e) {
      return false;
    }
  }
}
