package org.deliberation.web.platform.http;

import org.springframework.http.server.reactive.ServerHttpRequest;

/** Which requests are the API's: everything under {@code /api/}, answered in JSON, never with a page. */
public final class ApiPaths {

  private static final String PREFIX = "/api/";

  public static boolean isApi(ServerHttpRequest request) {
    return request.getPath().pathWithinApplication().value().startsWith(PREFIX);
  }

  private ApiPaths() {}
}
