package org.deliberation.web.pages.support;

import org.springframework.web.server.ServerWebExchange;

/** Whether a request came over HTTPS, so that the cookies set in reply are marked {@code Secure}. */
final class Secure {

  static boolean request(ServerWebExchange exchange) {
    // With server.forward-headers-strategy set, a proxy's X-Forwarded-Proto is already in the URI's scheme.
    return exchange.getRequest().getSslInfo() != null || "https".equals(exchange.getRequest().getURI().getScheme());
  }

  private Secure() {}
}
