package org.deliberation.web.platform.http;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses an address longer than {@value #MAX_LENGTH} characters with a 414 that says so, as a problem or a page.
 *
 * <p>The HTTP server itself reads request lines of up to 64 KB ({@code server.netty.max-initial-line-length}) so that
 * this filter, not Reactor Netty, answers the long ones: Reactor Netty 1.3.8 loses its own 414 when the request comes
 * on a kept-alive connection right after another answer, and the client then waits forever (KeepAliveIT).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class AddressLengthFilter implements WebFilter {

  /** As much as any browser sends and common proxies pass; a search or a page needs far less. */
  public static final int MAX_LENGTH = 8192;

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    var address = exchange.getRequest().getURI().getRawPath();
    var query = exchange.getRequest().getURI().getRawQuery();
    int length = address.length() + (query == null ? 0 : query.length() + 1);
    if (length <= MAX_LENGTH) {
      return chain.filter(exchange);
    }
    // A body behind it is never read, so the connection cannot carry another request.
    exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
    if (BrowserErrorPage.wanted(exchange)) {
      return FilterRefusal.page(
          exchange, HttpStatus.URI_TOO_LONG, BrowserErrorPage.addressTooLong());
    }
    return FilterRefusal.problem(
        exchange,
        HttpStatus.URI_TOO_LONG,
        "The address is "
            + length
            + " characters long; "
            + "the server takes at most "
            + MAX_LENGTH
            + ". Send fewer or shorter parameters.");
  }
}
