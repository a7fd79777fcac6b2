package org.deliberation.web.platform.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.deliberation.web.platform.http.Problems;
import org.deliberation.web.platform.http.SignInRequiredException;
import org.deliberation.web.platform.limits.LimitExceededException;
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
  private final LimitMessages limits;

  public PageErrorAdvice(PageModelAdvice layout, LimitMessages limits) {
    this.layout = layout;
    this.limits = limits;
  }

  @ExceptionHandler
  Mono<Rendering> onError(Throwable e, ServerWebExchange exchange) {
    if (e instanceof SignInRequiredException) {
      return Mono.just(Rendering.redirectTo(signInAndBack(exchange)).build());
    }
    var problem = Problems.describe(e);
    // The API's details are English; a limit's refusal is worded in the reader's language.
    var detail =
        e instanceof LimitExceededException limited
            ? limits.refusal(limited, exchange)
            : problem.getDetail() == null ? "" : problem.getDetail();
    var detailLang = e instanceof LimitExceededException ? layout.lang(exchange) : "en";
    return layout
        .layout(exchange)
        .map(
            model ->
                Rendering.view("error")
                    .model(model)
                    .modelAttribute("status", problem.getStatus())
                    .modelAttribute("detail", detail)
                    .modelAttribute("detailLang", detailLang)
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
