package org.deliberation.web.platform.security;

import java.util.Optional;
import org.deliberation.core.common.Actor;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The caller of a request, as resolved by {@link BearerTokenFilter}. Reads are public; writes need a caller. */
public final class Authentication {

  static final String ATTRIBUTE = Authentication.class.getName() + ".actor";
  static final String TOKEN = Authentication.class.getName() + ".token";

  public static Optional<Actor> caller(ServerWebExchange exchange) {
    return Optional.ofNullable(exchange.getAttribute(ATTRIBUTE));
  }

  /** The token (bearer or session cookie) that signed this request in, to end that session. */
  public static Optional<String> token(ServerWebExchange exchange) {
    return Optional.ofNullable(exchange.getAttribute(TOKEN));
  }

  /** The caller, or a 401 problem when the request carries no valid token. */
  public static Mono<Actor> required(ServerWebExchange exchange) {
    return Mono.justOrEmpty(caller(exchange)).switchIfEmpty(Mono.error(SignInRequiredException::new));
  }

  private Authentication() {}
}
