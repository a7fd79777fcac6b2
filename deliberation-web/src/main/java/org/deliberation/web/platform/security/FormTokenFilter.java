package org.deliberation.web.platform.security;

import org.deliberation.web.platform.pages.Forms;
import org.deliberation.web.platform.http.ApiPaths;
import org.deliberation.web.platform.http.BrowserErrorPage;
import org.deliberation.web.platform.http.FilterRefusal;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses a write that a browser could have been tricked into sending: every form posted to a page, and every API
 * write authenticated by the session cookie, must carry the {@link FormTokens} token (form field {@code _csrf} or
 * header {@code X-CSRF-Token}). API clients that send {@code Authorization: Bearer} are not browsers relying on a
 * cookie and need none.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
public class FormTokenFilter implements WebFilter {

  private final FormTokens tokens;

  public FormTokenFilter(FormTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    var request = exchange.getRequest();
    var method = request.getMethod();
    var authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
    // Exactly the test BearerTokenFilter makes: a blank header falls back to the cookie, so it needs the token too.
    if (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || HttpMethod.OPTIONS.equals(method)
        || (authorization != null && !authorization.isBlank())) {
      return chain.filter(exchange);
    }
    boolean page = !ApiPaths.isApi(request);
    if (!page && SessionCookie.read(request).isEmpty()) {
      return chain.filter(exchange);
    }
    var header = request.getHeaders().getFirst(FormTokens.HEADER);
    if (header != null) {
      return tokens.accepts(request, header) ? chain.filter(exchange) : refuse(exchange, page);
    }
    var type = request.getHeaders().getContentType();
    if (type == null || !MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(type)) {
      return refuse(exchange, page);
    }
    // The form is parsed once and kept on the exchange, so the page's handler reads the same fields.
    return exchange.getFormData()
        .map(form -> tokens.accepts(request, form.getFirst(FormTokens.FIELD)) ? Form.SIGNED : Form.FORGED)
        .onErrorReturn(DataBufferLimitException.class, Form.TOO_LARGE)
        .flatMap(form -> switch (form) {
          case SIGNED -> chain.filter(exchange);
          case FORGED -> refuse(exchange, page);
          case TOO_LARGE -> tooLarge(exchange);
        });
  }

  private enum Form { SIGNED, FORGED, TOO_LARGE }

  // Forms are read whole into memory, up to spring.codec.max-in-memory-size; a larger one is refused before use.
  private static Mono<Void> tooLarge(ServerWebExchange exchange) {
    // The rest of the body is never read, so the connection cannot carry another request: say so to the client.
    exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
    return FilterRefusal.page(exchange, HttpStatus.CONTENT_TOO_LARGE, BrowserErrorPage.formTooLarge());
  }

  private static Mono<Void> refuse(ServerWebExchange exchange, boolean page) {
    if (page) {
      return FilterRefusal.page(exchange, HttpStatus.FORBIDDEN, BrowserErrorPage.formExpired());
    }
    return FilterRefusal.problem(exchange, HttpStatus.FORBIDDEN, "A write made with the browser session must carry "
        + "the page's anti-forgery token in the X-CSRF-Token header. Reload the page and try again, or send "
        + "Authorization: Bearer instead.");
  }
}
