package org.deliberation.web.platform.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.deliberation.web.platform.http.Problems;
import org.deliberation.web.platform.http.SignInRequiredException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A page that fails shows what went wrong in the API's own words, as a page with the same status; a page that needs
 * a signed-in person sends them to sign in and back.
 */
@ControllerAdvice(annotations = SitePage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageErrorAdvice {

  private final PageModelAdvice layout;

  public PageErrorAdvice(PageModelAdvice layout) {
    this.layout = layout;
  }

  @ExceptionHandler
  Mono<Rendering> onError(Throwable e, ServerWebExchange exchange) {
    if (e instanceof SignInRequiredException) {
      return Mono.just(Rendering.redirectTo(signInAndBack(exchange)).build());
    }
    var problem = Problems.describe(e);
    return layout
        .layout(exchange)
        .map(
            model ->
                Rendering.view("error")
                    .model(model)
                    .modelAttribute("status", problem.getStatus())
                    .modelAttribute(
                        "detail", problem.getDetail() == null ? "" : problem.getDetail())
                    .status(HttpStatus.valueOf(problem.getStatus()))
                    .build());
  }

  /** The sign-in page, which returns to the page a person was on (for a form, the page that showed it). */
  private static String signInAndBack(ServerWebExchange exchange) {
    var request = exchange.getRequest();
    var back =
        HttpMethod.GET.equals(request.getMethod())
            ? Addresses.withoutLang(request)
            : Addresses.referer(request);
    return "/login?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
  }
}
