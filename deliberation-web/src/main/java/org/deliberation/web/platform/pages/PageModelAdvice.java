package org.deliberation.web.platform.pages;

import org.deliberation.web.platform.security.FormTokens;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.deliberation.web.platform.security.Authentication;
import org.deliberation.web.participant.Participants;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** What the layout of every page shows: who is signed in, the forms' token, the language and the page's address. */
@ControllerAdvice(annotations = SitePage.class)
public class PageModelAdvice {

  private final Participants participants;
  private final FormTokens tokens;

  public PageModelAdvice(Participants participants, FormTokens tokens) {
    this.participants = participants;
    this.tokens = tokens;
  }

  /** The same attributes for a page rendered outside a handler's model, such as an error page. */
  Mono<Map<String, Object>> layout(ServerWebExchange exchange) {
    return me(exchange).map(visitor -> Map.of("me", visitor, "csrf", csrf(exchange), "zone", zone(),
        "lang", lang(exchange), "here", here(exchange)));
  }

  @ModelAttribute("me")
  Mono<Visitor> me(ServerWebExchange exchange) {
    return Mono.justOrEmpty(Authentication.caller(exchange))
        .flatMap(actor -> participants.find(actor.id())
            .map(account -> new Visitor(account.id().value(), account.displayName(), account.roles())))
        .onErrorResume(e -> Mono.empty())
        .defaultIfEmpty(Visitor.ANONYMOUS);
  }

  @ModelAttribute("csrf")
  String csrf(ServerWebExchange exchange) {
    return tokens.tokenFor(exchange);
  }

  @ModelAttribute("lang")
  String lang(ServerWebExchange exchange) {
    return exchange.getLocaleContext().getLocale() == null ? "en"
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
