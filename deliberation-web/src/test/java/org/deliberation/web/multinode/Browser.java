package org.deliberation.web.multinode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.deliberation.web.durability.ServerProcess;

/**
 * A browser that keeps its cookies whichever node answers, as behind a load balancer without sticky sessions: pages
 * read from one node, their forms sent to another.
 */
final class Browser {

  private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final Map<String, String> cookies = new LinkedHashMap<>();

  /** A page, as HTML. */
  HttpResponse<String> get(ServerProcess node, String path) {
    return send(node, HttpRequest.newBuilder(URI.create(node.base() + path)).GET());
  }

  /** A form sent, with the fields given. */
  HttpResponse<String> post(ServerProcess node, String path, Map<String, String> fields) {
    var body =
        fields.entrySet().stream()
            .map(
                field ->
                    URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        node,
        HttpRequest.newBuilder(URI.create(node.base() + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** The anti-forgery token of the first form of a page. */
  static String formToken(HttpResponse<String> page) {
    return ServerProcess.find(FORM_TOKEN, page.body());
  }

  boolean has(String cookie) {
    return cookies.containsKey(cookie) && !cookies.get(cookie).isEmpty();
  }

  private HttpResponse<String> send(ServerProcess node, HttpRequest.Builder request) {
    request.timeout(Duration.ofSeconds(20));
    if (!cookies.isEmpty()) {
      request.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
              .collect(Collectors.joining("; ")));
    }
    try {
      var response = node.client().send(request.build(), HttpResponse.BodyHandlers.ofString());
      for (var set : response.headers().allValues("Set-Cookie")) {
        var pair = set.substring(0, set.indexOf(';') < 0 ? set.length() : set.indexOf(';'));
        var name = pair.substring(0, pair.indexOf('='));
        var value = pair.substring(pair.indexOf('=') + 1);
        if (value.isEmpty() || set.contains("Max-Age=0")) {
          cookies.remove(name);
        } else {
          cookies.put(name, value);
        }
      }
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
