package org.deliberation.web.platform.pages;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.deliberation.web.platform.security.SessionCookie;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.i18n.LocaleContextResolver;

/**
 * The language of the pages, French or English: the one chosen with {@code ?lang=} (remembered in a cookie), else
 * the browser's preference, else English.
 */
@Component("localeContextResolver")
public class SiteLocale implements LocaleContextResolver {

  private static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);
  static final String COOKIE = "lang";

  @Override
  public LocaleContext resolveLocaleContext(ServerWebExchange exchange) {
    var request = exchange.getRequest();
    var chosen = supported(request.getQueryParams().getFirst("lang"));
    if (chosen != null) {
      exchange
          .getResponse()
          .addCookie(
              ResponseCookie.from(COOKIE, chosen.getLanguage())
                  .path("/")
                  .maxAge(Duration.ofDays(365))
                  .sameSite("Lax")
                  .secure(SessionCookie.secure(exchange))
                  .build());
      return new SimpleLocaleContext(chosen);
    }
    var cookie = request.getCookies().getFirst(COOKIE);
    var remembered = cookie == null ? null : supported(cookie.getValue());
    if (remembered != null) {
      return new SimpleLocaleContext(remembered);
    }
    var header = request.getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE);
    if (header == null || header.length() > 500) {
      return new SimpleLocaleContext(Locale.ENGLISH);
    }
    try {
      var preferred = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
      return new SimpleLocaleContext(
          preferred == null ? Locale.ENGLISH : Locale.of(preferred.getLanguage()));
    } catch (IllegalArgumentException malformedHeader) {
      return new SimpleLocaleContext(Locale.ENGLISH);
    }
  }

  @Override
  public void setLocaleContext(ServerWebExchange exchange, @Nullable LocaleContext localeContext) {
    throw new UnsupportedOperationException("the language is chosen with ?lang=");
  }

  private static @Nullable Locale supported(@Nullable String language) {
    if (language == null) {
      return null;
    }
    return switch (language) {
      case "fr" -> Locale.FRENCH;
      case "en" -> Locale.ENGLISH;
      default -> null;
    };
  }
}
