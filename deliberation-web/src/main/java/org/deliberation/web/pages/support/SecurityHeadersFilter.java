package org.deliberation.web.pages.support;

import org.deliberation.web.api.ApiPaths;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Headers that keep a page from running anything but this site's own scripts and styles: a Content Security Policy
 * without {@code unsafe-inline} (so an injected {@code <script>} or {@code style} attribute does nothing), no
 * framing, no MIME sniffing, no referrer sent to other sites; pages, which are personal, are not cached.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SecurityHeadersFilter implements WebFilter {

  // Images only from this site: a picture from elsewhere in a page would tell its host who reads what.
  public static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
      + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    var headers = exchange.getResponse().getHeaders();
    headers.set("Content-Security-Policy", POLICY);
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("X-Frame-Options", "DENY");
    headers.set("Referrer-Policy", "same-origin");
    var path = exchange.getRequest().getPath().pathWithinApplication().value();
    if (!ApiPaths.isApi(exchange.getRequest()) && !path.startsWith("/css/") && !path.startsWith("/js/")
        && !path.startsWith("/favicon")) {
      headers.set("Cache-Control", "no-store"); // a page shows who is signed in and holds their form token
    }
    return chain.filter(exchange);
  }
}
