package org.deliberation.web.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

/** The headers every answer gets from the security chain: the strict policy, and HTTPS only when reached by it. */
class SecurityHeadersTest {

  private static HttpHeaders headersFor(String url, boolean behindHttps) {
    return new SecurityChain(Map.of(), behindHttps)
        .send(MockServerHttpRequest.get(url))
        .exchange()
        .getResponse()
        .getHeaders();
  }

  @Test
  void deniesPowerfulFeaturesAndOtherSitesWindows() {
    var headers = headersFor("http://localhost/", false);
    assertThat(headers.getFirst("Permissions-Policy"))
        .contains("camera=()")
        .contains("geolocation=()")
        .contains("microphone=()");
    assertThat(headers.getFirst("Cross-Origin-Opener-Policy")).isEqualTo("same-origin");
    assertThat(headers.getFirst("Content-Security-Policy")).doesNotContain("unsafe-inline");
  }

  @Test
  void asksForHttpsOnlyWhenTheServerIsReachedThroughIt() {
    assertThat(headersFor("http://localhost/", false).getFirst("Strict-Transport-Security"))
        .isNull();
    assertThat(headersFor("http://localhost/", true).getFirst("Strict-Transport-Security"))
        .isEqualTo("max-age=31536000");
    assertThat(headersFor("https://example.org/", false).getFirst("Strict-Transport-Security"))
        .isEqualTo("max-age=31536000");
  }

  @Test
  void keepsPagesOutOfCachesButNotTheApiOrStaticFiles() {
    assertThat(headersFor("http://localhost/projects/hall", false).getFirst("Cache-Control"))
        .isEqualTo("no-store");
    assertThat(headersFor("http://localhost/api/projects", false).getFirst("Cache-Control"))
        .isNull();
    assertThat(headersFor("http://localhost/css/site.css", false).getFirst("Cache-Control"))
        .isNull();
  }

  @Test
  void givesEveryAnswerTheSameStrictPolicyAsBefore() {
    var headers = headersFor("http://localhost/api/projects", false);
    assertThat(headers.getFirst("Content-Security-Policy"))
        .isEqualTo(
            "default-src 'none'; script-src 'self'; "
                + "style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
                + "base-uri 'none'");
    assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
    assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("same-origin");
  }
}
