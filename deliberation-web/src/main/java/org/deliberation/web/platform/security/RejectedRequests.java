package org.deliberation.web.platform.security;

import org.deliberation.web.platform.http.BrowserErrorPage;
import org.deliberation.web.platform.http.FilterRefusal;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The answer to a request Spring Security's firewall refuses before anything reads it (an address with an encoded
 * slash, percent or period, a {@code ..} segment, a semicolon or a control character; a method the site has no use
 * for): a 400 in the site's usual shape, as every other refusal, instead of an empty body. Constant words only: the
 * request's own text is never echoed.
 */
final class RejectedRequests implements ServerExchangeRejectedHandler {

  static final String DETAIL =
      "This request's address, method or headers hold characters or values this server "
          + "does not accept, such as an encoded slash, percent sign or period, a '..' segment, a semicolon or a control "
          + "character. Check the address and send it again.";

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
    if (exchange.getResponse().isCommitted()) {
      return Mono
          .empty(); // a header checked once the answer was under way: nothing can be said any more
    }
    return BrowserErrorPage.wanted(exchange)
        ? FilterRefusal.page(exchange, HttpStatus.BAD_REQUEST, BrowserErrorPage.notFound())
        : FilterRefusal.problem(exchange, HttpStatus.BAD_REQUEST, DETAIL);
  }
}
