package org.deliberation.web.platform.security;

import java.util.function.Supplier;
import org.deliberation.web.platform.http.ApiPaths;
import org.deliberation.web.platform.http.FilterRefusal;
import org.deliberation.web.participant.SignedIn;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Resolves {@code Authorization: Bearer <token>}, or the web pages' session cookie, to the participant and their
 * current roles. Reads without either go on anonymously; a write without them is refused before its body is read, so
 * a caller learns to sign in before fixing fields. A wrong, expired or revoked bearer token is refused with 401 at
 * once rather than served as anonymous, so that a client notices its session ended; an ended session cookie is
 * dropped instead, and the pages offer to sign in again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class BearerTokenFilter implements WebFilter {

  private static final String PREFIX = "Bearer ";

  private final SignedIn signedIn;

  public BearerTokenFilter(SignedIn signedIn) {
    this.signedIn = signedIn;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    var header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
    if (header == null || header.isBlank()) {
      var cookie = SessionCookie.read(exchange.getRequest());
      if (cookie.isPresent()) {
        return withSessionCookie(exchange, chain, cookie.get());
      }
      return isPublic(exchange.getRequest())
          ? chain.filter(exchange)
          : refuse(exchange, "Sign in first: send the token from POST /api/tokens as 'Authorization: Bearer <token>'.");
    }
    if (!header.regionMatches(true, 0, PREFIX, 0, PREFIX.length()) || header.length() > 512) {
      return refuse(exchange, "The Authorization header must be 'Bearer <token>', with the token from POST /api/tokens.");
    }
    return asCaller(exchange, chain, header.substring(PREFIX.length()).strip(), () -> refuse(exchange,
        "This token is unknown or expired. Sign in again with POST /api/tokens."));
  }

  // The web pages' session. An expired one is dropped and the request goes on anonymously: a page then offers to
  // sign in again, while an API write still gets its 401.
  private Mono<Void> withSessionCookie(ServerWebExchange exchange, WebFilterChain chain, String token) {
    return asCaller(exchange, chain, token, () -> {
      SessionCookie.clear(exchange);
      return isPublic(exchange.getRequest()) ? chain.filter(exchange)
          : refuse(exchange, "Your session has ended. Sign in again.");
    });
  }

  /** Goes on as the participant the token belongs to, or as {@code unknown} says when it belongs to nobody. */
  private Mono<Void> asCaller(ServerWebExchange exchange, WebFilterChain chain, String token,
      Supplier<Mono<Void>> unknown) {
    return signedIn.caller(token)
        .flatMap(actor -> {
          exchange.getAttributes().put(Authentication.ATTRIBUTE, actor);
          exchange.getAttributes().put(Authentication.TOKEN, token);
          return chain.filter(exchange).thenReturn(true);
        })
        .switchIfEmpty(Mono.defer(() -> unknown.get().thenReturn(true)))
        .then();
  }

  /** Reads are public, and so are signing up and signing in; every other write needs a participant. */
  private static boolean isPublic(ServerHttpRequest request) {
    var method = request.getMethod();
    if (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || HttpMethod.OPTIONS.equals(method)) {
      return true;
    }
    if (!ApiPaths.isApi(request)) {
      return true;
    }
    var path = request.getPath().pathWithinApplication().value();
    return HttpMethod.POST.equals(method) && (path.equals("/api/participants") || path.equals("/api/tokens"));
  }

  private static Mono<Void> refuse(ServerWebExchange exchange, String detail) {
    exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
    return FilterRefusal.problem(exchange, HttpStatus.UNAUTHORIZED, detail);
  }
}
