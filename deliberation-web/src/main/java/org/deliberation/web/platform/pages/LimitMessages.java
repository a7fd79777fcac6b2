package org.deliberation.web.platform.pages;

import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.deliberation.web.platform.limits.LimitExceededException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * A limit's refusal as the pages word it, in the reader's language (the API's detail is English), with the same
 * {@code Retry-After} as the API answers.
 */
@Component
class LimitMessages {

  /** The exchange attribute that holds the language a refusal is worded in, for its paragraph's {@code lang}. */
  static final String REFUSAL_LANG = "deliberation.refusal-lang";

  private final MessageSource messages;

  LimitMessages(MessageSource messages) {
    this.messages = messages;
  }

  /** What to tell the person, and the header that says the same to their browser. */
  String refusal(LimitExceededException e, ServerWebExchange exchange) {
    exchange
        .getResponse()
        .getHeaders()
        .set(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
    var locale = exchange.getLocaleContext().getLocale();
    var language = locale == null ? Locale.ENGLISH : locale;
    exchange.getAttributes().put(REFUSAL_LANG, language.getLanguage());
    return words(e, language);
  }

  String words(LimitExceededException e, Locale locale) {
    var waits = e.waits();
    var unit =
        switch (waits.unit()) {
          case ChronoUnit.SECONDS -> "seconds";
          case ChronoUnit.MINUTES -> "minutes";
          default -> "hours";
        };
    var wait = messages.getMessage("limits.wait." + unit, new Object[] {waits.amount()}, locale);
    return messages.getMessage("limits.exceeded", new Object[] {wait}, locale);
  }
}
