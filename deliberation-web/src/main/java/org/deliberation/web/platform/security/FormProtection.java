package org.deliberation.web.platform.security;

import org.deliberation.web.platform.http.ApiPaths;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Which requests must carry the pages' anti-forgery token: every write a browser could have been tricked into
 * sending. That is every form posted to a page, and every API write that relies on the session cookie. A request
 * with an {@code Authorization} header is not a browser relying on a cookie (another site cannot make a browser add
 * one) and needs none; neither do reads, which change nothing.
 */
public final class FormProtection implements ServerWebExchangeMatcher {

  @Override
  public Mono<MatchResult> matches(ServerWebExchange exchange) {
    return requiresToken(exchange.getRequest()) ? MatchResult.match() : MatchResult.notMatch();
  }

  public static boolean requiresToken(ServerHttpRequest request) {
    if (RouteRules.isRead(request)) {
      return false;
    }
    // The very test SignInConverter makes: a blank header falls back to the cookie, so it needs the
    // token too.
    var authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
    if (authorization != null && !authorization.isBlank()) {
      return false;
    }
    return !ApiPaths.isApi(request) || SessionCookie.read(request).isPresent();
  }
}
