package org.deliberation.web.platform.http;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * A refusal written by a web filter, before any handler runs (so {@link ProblemDetailsAdvice} never sees it): a
 * problem for the API, a {@link BrowserErrorPage} for a browser.
 */
public final class FilterRefusal {

  /** Writes {@code status} as an application/problem+json with this detail. */
  public static Mono<Void> problem(ServerWebExchange exchange, HttpStatus status, String detail) {
    var body =
        new StringBuilder("{\"type\":\"about:blank\",\"title\":\"")
            .append(status.getReasonPhrase())
            .append("\",\"status\":")
            .append(status.value())
            .append(",\"detail\":\"");
    JsonStringEncoder.getInstance().quoteAsString(detail, body);
    body.append("\"}");
    return write(exchange, status, MediaType.APPLICATION_PROBLEM_JSON, body.toString());
  }

  /**
   * Writes {@code status} as an application/problem+json with this title (constant text), detail and the request's
   * path as its instance: the shape a handler's problem has, for a refusal that handlers used to make.
   */
  public static Mono<Void> problem(
      ServerWebExchange exchange, HttpStatus status, String title, String detail) {
    var body = new StringBuilder("{\"type\":\"about:blank\",\"title\":\"");
    JsonStringEncoder.getInstance().quoteAsString(title, body);
    body.append("\",\"status\":").append(status.value()).append(",\"detail\":\"");
    JsonStringEncoder.getInstance().quoteAsString(detail, body);
    body.append("\",\"instance\":\"");
    JsonStringEncoder.getInstance().quoteAsString(exchange.getRequest().getPath().value(), body);
    body.append("\"}");
    return write(exchange, status, MediaType.APPLICATION_PROBLEM_JSON, body.toString());
  }

  /** Writes {@code status} with one of the {@link BrowserErrorPage}s. */
  public static Mono<Void> page(ServerWebExchange exchange, HttpStatus status, String html) {
    return write(exchange, status, BrowserErrorPage.HTML, html);
  }

  private static Mono<Void> write(
      ServerWebExchange exchange, HttpStatus status, MediaType type, String body) {
    var response = exchange.getResponse();
    response.setStatusCode(status);
    response.getHeaders().setContentType(type);
    return response.writeWith(
        Mono.just(response.bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8))));
  }

  private FilterRefusal() {}
}
