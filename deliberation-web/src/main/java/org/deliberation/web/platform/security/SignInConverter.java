package org.deliberation.web.platform.security;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Finds the token a request signs in with: {@code Authorization: Bearer <token>} first, else the pages' session
 * cookie; none, and the request goes on anonymously. A blank header counts as none (the cookie is then read), while
 * any other header than {@code Bearer} is refused rather than ignored, so that a client notices its mistake.
 */
public final class SignInConverter implements ServerAuthenticationConverter {

  private static final String PREFIX = "Bearer ";

  /** Tokens are 43 characters; a header far longer is not one of ours, whatever it holds. */
  private static final int MAX_HEADER = 512;

  @Override
  public Mono<Authentication> convert(ServerWebExchange exchange) {
    var header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
    if (header == null || header.isBlank()) {
      return Mono.justOrEmpty(SessionCookie.read(exchange.getRequest()))
          .map(token -> new SignInAttempt(token, SignInAttempt.Source.SESSION_COOKIE));
    }
    if (!header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
        || header.length() > MAX_HEADER) {
      return Mono.error(new SignInRefused(SignInRefused.Reason.MALFORMED_HEADER));
    }
    return Mono.just(
        new SignInAttempt(header.substring(PREFIX.length()).strip(), SignInAttempt.Source.BEARER));
  }
}
