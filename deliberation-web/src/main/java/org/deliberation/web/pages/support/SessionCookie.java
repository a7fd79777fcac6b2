package org.deliberation.web.pages.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.http.ResponseCookie;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;

/**
 * The browser session: the same token as {@code POST /api/tokens} gives, kept in a cookie that scripts cannot read
 * ({@code HttpOnly}) and that other sites' forms do not carry along ({@code SameSite=Lax}); writes made with it also
 * need an anti-forgery token ({@link FormTokens}).
 */
public final class SessionCookie {

  public static final String NAME = "session";

  public static Optional<String> read(ServerHttpRequest request) {
    var cookie = request.getCookies().getFirst(NAME);
    if (cookie == null || cookie.getValue().isBlank() || cookie.getValue().length() > 200) {
      return Optional.empty();
    }
    return Optional.of(cookie.getValue());
  }

  public static void write(ServerWebExchange exchange, String token, Instant expiresAt) {
    var maxAge = Duration.between(Instant.now(), expiresAt);
    exchange.getResponse().addCookie(base(exchange, token).maxAge(maxAge.isNegative() ? Duration.ZERO : maxAge)
        .build());
  }

  public static void clear(ServerWebExchange exchange) {
    exchange.getResponse().addCookie(base(exchange, "").maxAge(Duration.ZERO).build());
  }

  private static ResponseCookie.ResponseCookieBuilder base(ServerWebExchange exchange, String value) {
    return ResponseCookie.from(NAME, value)
        .httpOnly(true)
        .secure(Secure.request(exchange))
        .sameSite("Lax")
        .path("/");
  }

  private SessionCookie() {}
}
