package org.deliberation.web.platform.pages;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.deliberation.core.common.Actor;
import org.deliberation.web.platform.security.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** What the layout of every page shows: who is signed in, the forms' token, the language and the page's address. */
@ControllerAdvice(annotations = SitePage.class)
public class PageModelAdvice {

  private final Visitors visitors;

  public PageModelAdvice(Visitors visitors) {
    this.visitors = visitors;
  }

  /** The same attributes for a page rendered outside a handler's model, such as an error page. */
  Mono<Map<String, Object>> layout(ServerWebExchange exchange) {
    var visitor =
        CurrentActor.of(exchange).flatMap(signedIn -> me(signedIn.actor())).switchIfEmpty(me(null));
    return visitor
        .zipWith(csrf(exchange))
        .map(
            both ->
                Map.of(
                    "me",
                    both.getT1(),
                    "csrf",
                    both.getT2(),
                    "zone",
                    zone(),
                    "lang",
                    lang(exchange),
                    "here",
                    here(exchange)));
  }

  @ModelAttribute("me")
  Mono<Visitor> me(@Nullable Actor caller) {
    return Mono.justOrEmpty(caller)
        .flatMap(visitors::of)
        .onErrorResume(e -> Mono.empty())
        .defaultIfEmpty(Visitor.ANONYMOUS);
  }

  /** The anti-forgery token of this browser's forms (see SignedFormTokens); a new masked copy on every page. */
  @ModelAttribute("csrf")
  Mono<String> csrf(ServerWebExchange exchange) {
    Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
    return token == null ? Mono.just("") : token.map(CsrfToken::getToken).defaultIfEmpty("");
  }

  /**
   * The language of a refusal shown beside a form: English, the API's, unless it is a limit's, worded in the reader's
   * language. Read as the page renders, after the handler has refused.
   */
  @ModelAttribute("refusalLang")
  Mono<String> refusalLang(ServerWebExchange exchange) {
    return Mono.fromSupplier(
        () -> exchange.getAttributeOrDefault(LimitMessages.REFUSAL_LANG, "en"));
  }

  @ModelAttribute("lang")
  String lang(ServerWebExchange exchange) {
    return exchange.getLocaleContext().getLocale() == null
        ? "en"
        : exchange.getLocaleContext().getLocale().getLanguage();
  }

  /** Times are shown in UTC, named as such, so that everyone reads the same time for the same event. */
  @ModelAttribute("zone")
  ZoneId zone() {
    return ZoneOffset.UTC;
  }

  /** The page's own address without {@code lang}, for the language switch and the sign-in's way back. */
  @ModelAttribute("here")
  String here(ServerWebExchange exchange) {
    return Addresses.withoutLang(exchange.getRequest());
  }
}
