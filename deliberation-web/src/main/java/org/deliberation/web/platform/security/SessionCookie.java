package org.deliberation.web.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.http.ResponseCookie;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;

/**
 * The browser session: the same token as {@code POST /api/tokens} gives, kept in a cookie that scripts cannot read
 * ({@code HttpOnly}) and that other sites' forms do not carry along ({@code SameSite=Lax}); writes made with it also
 * need the web pages' anti-forgery token ({@link SignedFormTokens}).
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

  public static void write(
      ServerWebExchange exchange, String token, Instant expiresAt, Clock clock) {
    var maxAge = Duration.between(clock.instant(), expiresAt);
    exchange
        .getResponse()
        .addCookie(
            base(exchange, token).maxAge(maxAge.isNegative() ? Duration.ZERO : maxAge).build());
  }

  public static void clear(ServerWebExchange exchange) {
    exchange.getResponse().addCookie(base(exchange, "").maxAge(Duration.ZERO).build());
  }

  /** Whether this response clears the cookie, so that the browser will not send it again. */
  public static boolean ending(ServerWebExchange exchange) {
    var set = exchange.getResponse().getCookies().getFirst(NAME);
    return set != null && set.getMaxAge().isZero();
  }

  private static ResponseCookie.ResponseCookieBuilder base(
      ServerWebExchange exchange, String value) {
    return ResponseCookie.from(NAME, value)
        .httpOnly(true)
        .secure(secure(exchange))
        .sameSite("Lax")
        .path("/");
  }

  /** Whether a request came over HTTPS, so that the cookies set in reply are marked {@code Secure}. */
  public static boolean secure(ServerWebExchange exchange) {
    // With server.forward-headers-strategy set, a proxy's X-Forwarded-Proto is already in the URI's
    // scheme.
    return exchange.getRequest().getSslInfo() != null
        || "https".equals(exchange.getRequest().getURI().getScheme());
  }

  private SessionCookie() {}
}
