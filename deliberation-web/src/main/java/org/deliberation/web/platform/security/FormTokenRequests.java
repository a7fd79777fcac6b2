package org.deliberation.web.platform.security;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.security.web.server.csrf.CsrfException;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestHandler;
import org.springframework.security.web.server.csrf.XorServerCsrfTokenRequestAttributeHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Where a request's anti-forgery token is read: Spring Security's masked handling (the form field {@code _csrf} of a
 * form-encoded body, else the {@code X-CSRF-Token} header), and a form too large to read whole is refused as such
 * ({@link TooLarge}) rather than failing the request. The form is parsed once and kept on the exchange, so the page's
 * handler reads the same fields.
 */
final class FormTokenRequests implements ServerCsrfTokenRequestHandler {

  /** A form larger than {@code spring.codec.max-in-memory-size}: its rest is never read. */
  static final class TooLarge extends CsrfException {

    TooLarge(DataBufferLimitException cause) {
      super(cause.getMessage() == null ? "form too large" : cause.getMessage());
      initCause(cause);
    }
  }

  private final XorServerCsrfTokenRequestAttributeHandler masked =
      new XorServerCsrfTokenRequestAttributeHandler();

  @Override
  public void handle(ServerWebExchange exchange, Mono<CsrfToken> token) {
    masked.handle(exchange, token);
  }

  @Override
  public Mono<String> resolveCsrfTokenValue(ServerWebExchange exchange, CsrfToken expected) {
    return masked
        .resolveCsrfTokenValue(exchange, expected)
        .onErrorMap(DataBufferLimitException.class, TooLarge::new);
  }
}
