package org.deliberation.web.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.deliberation.web.platform.security.SessionCookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A browser without JavaScript over {@link WebTestClient}: it keeps the cookies the server sets, reads the
 * anti-forgery token from the pages it gets, and posts forms as a browser does. Good for what the pages do without
 * scripts; the real browser tests drive Chromium.
 */
public final class PageClient {

  private final WebTestClient http;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private String formToken = "";
  private String language = "en";

  public PageClient(WebTestClient http) {
    this.http = http;
  }

  /** A page's answer: its status, headers, the parsed HTML and the raw text. */
  public record Page(HttpStatusCode status, HttpHeaders headers, Document html, String body) {

    public String location() {
      return headers.getFirst(HttpHeaders.LOCATION);
    }
  }

  public PageClient language(String language) {
    this.language = language;
    return this;
  }

  /** Signs in with the session token of an API sign-in, as the login form would have set it. */
  public PageClient signedInAs(ApiTestSupport.Session session) {
    cookies.put(SessionCookie.NAME, session.token());
    return this;
  }

  /** Sets a cookie as another site or a script on a sibling domain might have planted it. */
  public PageClient withCookie(String name, String value) {
    cookies.put(name, value);
    return this;
  }

  public String cookie(String name) {
    return cookies.get(name);
  }

  public String formToken() {
    return formToken;
  }

  public Page get(String path) {
    var result =
        http.get()
            .uri(path)
            .header(HttpHeaders.ACCEPT_LANGUAGE, language)
            .accept(MediaType.TEXT_HTML)
            .cookies(jar -> cookies.forEach(jar::add))
            .exchange()
            .expectBody(String.class)
            .returnResult();
    return page(result);
  }

  /** Posts a form with the current anti-forgery token (get a page first), as a browser's form does. */
  public Page post(String path, Map<String, String> fields) {
    var form = new LinkedMultiValueMap<String, String>();
    form.add("_csrf", formToken);
    fields.forEach(form::add);
    return postRaw(path, form);
  }

  /** Posts exactly these fields, without adding the token. */
  public Page postRaw(String path, MultiValueMap<String, String> form) {
    var result =
        http.post()
            .uri(path)
            .header(HttpHeaders.ACCEPT_LANGUAGE, language)
            .header(HttpHeaders.REFERER, "http://localhost" + path)
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .cookies(jar -> cookies.forEach(jar::add))
            .bodyValue(form)
            .exchange()
            .expectBody(String.class)
            .returnResult();
    return page(result);
  }

  /** A script's call to the API with the session cookie and, when given, the token header. */
  public WebTestClient.RequestBodySpec api(HttpMethod method, String path, boolean withToken) {
    var spec = http.method(method).uri(path).cookies(jar -> cookies.forEach(jar::add));
    if (withToken) {
      spec = spec.header("X-CSRF-Token", formToken);
    }
    return spec;
  }

  private Page page(EntityExchangeResult<String> result) {
    for (var set : result.getResponseCookies().values()) {
      for (ResponseCookie cookie : set) {
        if (cookie.getMaxAge().isZero()) {
          cookies.remove(cookie.getName());
        } else {
          cookies.put(cookie.getName(), cookie.getValue());
        }
      }
    }
    var body = result.getResponseBody() == null ? "" : result.getResponseBody();
    var html = Jsoup.parse(body);
    var meta = html.selectFirst("meta[name=csrf-token]");
    if (meta != null) {
      formToken = meta.attr("content");
    }
    assertThat(result.getStatus().value()).as("a page never fails on our side").isLessThan(500);
    return new Page(result.getStatus(), result.getResponseHeaders(), html, body);
  }
}
