package org.deliberation.web.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.deliberation.web.platform.config.DeliberationProperties;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;

class SecurityHeadersFilterTest {

  private static HttpHeaders headersFor(String url, boolean behindHttps) {
    var properties = new DeliberationProperties(Path.of("data"), new DeliberationProperties.Mongodb(null, "d"),
        new DeliberationProperties.Admin(null, null),
        new DeliberationProperties.Sessions(Duration.ofDays(7), 10, null),
        new DeliberationProperties.Limits(65536),
        new DeliberationProperties.Connections(Duration.ofSeconds(60), Duration.ofSeconds(10), 512),
        new DeliberationProperties.Http(behindHttps, Duration.ofSeconds(60)));
    var exchange = MockServerWebExchange.from(MockServerHttpRequest.get(url));
    new SecurityHeadersFilter(properties).filter(exchange, served -> Mono.empty()).block();
    return exchange.getResponse().getHeaders();
  }

  @Test
  void deniesPowerfulFeaturesAndOtherSitesWindows() {
    var headers = headersFor("http://localhost/", false);
    assertThat(headers.getFirst("Permissions-Policy")).contains("camera=()").contains("geolocation=()")
        .contains("microphone=()");
    assertThat(headers.getFirst("Cross-Origin-Opener-Policy")).isEqualTo("same-origin");
    assertThat(headers.getFirst("Content-Security-Policy")).doesNotContain("unsafe-inline");
  }

  @Test
  void asksForHttpsOnlyWhenTheServerIsReachedThroughIt() {
    assertThat(headersFor("http://localhost/", false).getFirst("Strict-Transport-Security")).isNull();
    assertThat(headersFor("http://localhost/", true).getFirst("Strict-Transport-Security"))
        .isEqualTo("max-age=31536000");
    assertThat(headersFor("https://example.org/", false).getFirst("Strict-Transport-Security"))
        .isEqualTo("max-age=31536000");
  }
}
