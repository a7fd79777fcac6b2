package org.deliberation.web.platform.pages;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.util.UriUtils;

/** Addresses inside the site: where to send a person back after signing in, never to another site. */
public final class Addresses {

  static String withoutLang(ServerHttpRequest request) {
    var raw = request.getURI().getRawQuery();
    var kept =
        raw == null
            ? ""
            : Arrays.stream(raw.split("&"))
                .filter(part -> !part.equals("lang") && !part.startsWith("lang="))
                .collect(Collectors.joining("&"));
    return request.getURI().getRawPath() + (kept.isEmpty() ? "" : "?" + kept);
  }

  /** A project's page; its slug made safe for a path whatever it holds. */
  public static String project(String slug) {
    return "/projects/" + UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8);
  }

  /** A page of a project. */
  public static String page(String slug, String page) {
    return project(slug) + "/pages/" + UriUtils.encodePathSegment(page, StandardCharsets.UTF_8);
  }

  /** The path of the page a form was sent from, or {@code /}. */
  public static String referer(ServerHttpRequest request) {
    var referer = request.getHeaders().getFirst(HttpHeaders.REFERER);
    if (referer == null) {
      return "/";
    }
    try {
      var uri = URI.create(referer);
      return local(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    } catch (IllegalArgumentException malformed) {
      return "/";
    }
  }

  /** A path of this site to return to, or {@code /} when the one given points elsewhere or is malformed. */
  public static String local(@Nullable String next) {
    if (next == null
        || next.isEmpty()
        || next.length() > 1000
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.contains("\\")
        || next.contains("{")
        || next.contains("}")
        || next.chars().anyMatch(c -> c <= 0x20 || c == 0x7f)) {
      return "/"; // braces too: a redirect fills {name} from the page's model
    }
    try {
      var uri = new URI(next);
      return uri.getScheme() == null && uri.getRawAuthority() == null ? next : "/";
    } catch (URISyntaxException malformed) {
      return "/";
    }
  }

  private Addresses() {}
}
