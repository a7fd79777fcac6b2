package org.deliberation.web.platform.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.server.ServerWebExchange;

/**
 * The few errors a browser can meet outside any page's own handling (an unknown or over-long address, a form that
 * expired or is too large), as a small page in English and French instead of JSON. Constant text only: nothing from
 * the request.
 */
public final class BrowserErrorPage {

  public static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

  /** Whether the request is a browser asking for a page rather than a client of the API. */
  public static boolean wanted(ServerWebExchange exchange) {
    var request = exchange.getRequest();
    if (ApiPaths.isApi(request)) {
      return false;
    }
    List<MediaType> accepted;
    try {
      accepted = MediaType.parseMediaTypes(request.getHeaders().getFirst(HttpHeaders.ACCEPT));
    } catch (IllegalArgumentException malformed) {
      return false;
    }
    return accepted.stream()
        .anyMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
  }

  public static String notFound() {
    return page(
        "Not found",
        "There is no page at this address",
        "Check the address, or start again from the home " + "page.",
        "Il n'y a pas de page à cette adresse. Vérifiez-la, ou repartez de l'accueil.");
  }

  public static String formExpired() {
    return page(
        "Form expired",
        "This form has expired",
        "Nothing was changed. Go back, reload the page, and send " + "the form again.",
        "Ce formulaire a expiré : rien n'a été modifié. Revenez en arrière, rechargez la page "
            + "et renvoyez-le.");
  }

  public static String formTooLarge() {
    // No figures: both limits are settings (spring.codec.max-in-memory-size,
    // deliberation.limits.page-bytes).
    return page(
        "Too large",
        "This form is too large",
        "Nothing was changed. Go back and shorten it, or split the " + "text into several pages.",
        "Ce formulaire est trop volumineux : rien n'a été modifié. Revenez en arrière et raccourcissez-le.");
  }

  public static String addressTooLong() {
    return page(
        "Address too long",
        "This address is too long",
        "Nothing was changed. Go back and shorten what you "
            + "typed, or start again from the home page.",
        "Cette adresse est trop longue : rien n'a été modifié. Revenez "
            + "en arrière et raccourcissez ce que vous avez saisi, ou repartez de l'accueil.");
  }

  private static String page(String title, String heading, String english, String french) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
        + title
        + " · Deliberation</title><link rel=\"stylesheet\" href=\"/css/site.css\">"
        + "<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\"></head><body><main id=\"main\" "
        + "class=\"narrow\"><h1>"
        + heading
        + "</h1><p>"
        + english
        + "</p><p lang=\"fr\">"
        + french
        + "</p>"
        + "<p><a href=\"/\">Home / Accueil</a></p></main></body></html>";
  }

  private BrowserErrorPage() {}
}
