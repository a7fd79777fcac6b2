package org.deliberation.web.platform.security;

import org.deliberation.web.platform.http.ApiPaths;
import org.deliberation.web.platform.http.BrowserErrorPage;
import org.deliberation.web.platform.http.FilterRefusal;
import org.deliberation.web.platform.http.SignInRequiredException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CsrfException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Every answer the security chain gives instead of the handler, in one place: problem+json for the API, a small page
 * for a browser's form. Writes are refused before their body is read, so a caller learns to sign in before fixing
 * fields. A wrong, expired or revoked bearer token is refused with 401 at once rather than served as anonymous, so
 * that a client notices its session ended; an ended session cookie is dropped instead, and the pages offer to sign
 * in again.
 */
public final class Refusals
    implements ServerAuthenticationEntryPoint,
        ServerAccessDeniedHandler,
        ServerAuthenticationFailureHandler {

  static final String SIGN_IN_FIRST = SignInRequiredException.SIGN_IN_FIRST;
  static final String MALFORMED_HEADER =
      "The Authorization header must be 'Bearer <token>', with the token from POST /api/tokens.";
  static final String UNKNOWN_TOKEN =
      "This token is unknown or expired. Sign in again with POST /api/tokens.";
  static final String SESSION_ENDED = "Your session has ended. Sign in again.";
  static final String FORGED =
      "A write made with the browser session must carry the page's anti-forgery token in "
          + "the X-CSRF-Token header. Reload the page and try again, or send Authorization: Bearer instead.";

  private static final String ENDED = Refusals.class.getName() + ".sessionEnded";

  /** A token that signs nobody in: refused at once, except an ended session cookie, which is dropped. */
  @Override
  public Mono<Void> onAuthenticationFailure(
      WebFilterExchange filterExchange, AuthenticationException e) {
    var exchange = filterExchange.getExchange();
    var reason =
        e instanceof SignInRefused refused ? refused.reason() : SignInRefused.Reason.UNKNOWN_TOKEN;
    return switch (reason) {
      case MALFORMED_HEADER -> tokenRefused(exchange, MALFORMED_HEADER);
      case UNKNOWN_TOKEN -> tokenRefused(exchange, UNKNOWN_TOKEN);
      case ENDED_SESSION -> {
        SessionCookie.clear(exchange);
        exchange.getAttributes().put(ENDED, Boolean.TRUE);
        yield filterExchange.getChain().filter(exchange);
      }
    };
  }

  /**
   * A route that needs a signed-in caller, reached without one. A write answers as it always did, before any
   * handler; a read that needs sign-in answers as its handler did, with the problem's usual title.
   */
  @Override
  public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException e) {
    if (RouteRules.isRead(exchange.getRequest())) {
      exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
      return FilterRefusal.problem(
          exchange, HttpStatus.UNAUTHORIZED, "Sign-in required", SIGN_IN_FIRST);
    }
    return tokenRefused(
        exchange,
        Boolean.TRUE.equals(exchange.getAttribute(ENDED)) ? SESSION_ENDED : SIGN_IN_FIRST);
  }

  /** A write without its anti-forgery token, a form too large to check, or a caller without the role a route needs. */
  @Override
  public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
    boolean page = !ApiPaths.isApi(exchange.getRequest());
    return switch (denied) {
      case FormTokenRequests.TooLarge tooLarge -> {
        // The rest of the body is never read, so the connection cannot carry another request: say
        // so to the client.
        exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
        yield FilterRefusal.page(
            exchange, HttpStatus.CONTENT_TOO_LARGE, BrowserErrorPage.formTooLarge());
      }
      case CsrfException forged ->
          page
              ? FilterRefusal.page(exchange, HttpStatus.FORBIDDEN, BrowserErrorPage.formExpired())
              : FilterRefusal.problem(exchange, HttpStatus.FORBIDDEN, FORGED);
      case RouteRules.RoleRefused role ->
          FilterRefusal.problem(
              exchange, HttpStatus.FORBIDDEN, "Permission denied", role.getMessage());
      default ->
          FilterRefusal.problem(exchange, HttpStatus.FORBIDDEN, "This request is not allowed.");
    };
  }

  private static Mono<Void> tokenRefused(ServerWebExchange exchange, String detail) {
    exchange
        .getResponse()
        .getHeaders()
        .set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
    return FilterRefusal.problem(exchange, HttpStatus.UNAUTHORIZED, detail);
  }
}
