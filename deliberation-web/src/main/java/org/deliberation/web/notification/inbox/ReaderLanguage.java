package org.deliberation.web.notification.inbox;

import org.springframework.web.server.ServerWebExchange;

/** The language a reader gets the inbox's texts in: French when the request's locale is, English otherwise. */
final class ReaderLanguage {

  static String of(ServerWebExchange exchange) {
    var locale = exchange.getLocaleContext().getLocale();
    return locale != null && "fr".equals(locale.getLanguage()) ? "fr" : "en";
  }

  private ReaderLanguage() {}
}
