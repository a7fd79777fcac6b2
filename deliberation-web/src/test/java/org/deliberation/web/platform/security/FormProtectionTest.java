package org.deliberation.web.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

/** Which requests must carry the anti-forgery token: writes a browser could be tricked into sending. */
class FormProtectionTest {

  private static final HttpCookie SESSION = new HttpCookie(SessionCookie.NAME, "a-session-token");

  private static boolean requires(MockServerHttpRequest.BaseBuilder<?> request) {
    return FormProtection.requiresToken(request.build());
  }

  @Test
  void everyFormPostedToAPageNeedsIt() {
    assertThat(requires(MockServerHttpRequest.post("/projects/hall/statements"))).isTrue();
    assertThat(requires(MockServerHttpRequest.post("/login"))).as("even signing in").isTrue();
    assertThat(requires(MockServerHttpRequest.post("/logout").cookie(SESSION))).isTrue();
    assertThat(requires(MockServerHttpRequest.method(HttpMethod.DELETE, "/projects/hall")))
        .isTrue();
  }

  @Test
  void anApiWriteNeedsItOnlyWhenTheSessionCookieWouldSignItIn() {
    assertThat(
            requires(
                MockServerHttpRequest.put("/api/projects/p/statements/s/vote").cookie(SESSION)))
        .isTrue();
    assertThat(requires(MockServerHttpRequest.put("/api/projects/p/statements/s/vote"))).isFalse();
    // A blank Authorization header falls back to the cookie, so it is no excuse.
    assertThat(
            requires(
                MockServerHttpRequest.put("/api/projects/p/statements/s/vote")
                    .cookie(SESSION)
                    .header(HttpHeaders.AUTHORIZATION, " ")))
        .isTrue();
  }

  @Test
  void aBearerClientOrAReadNeedsNone() {
    assertThat(
            requires(
                MockServerHttpRequest.put("/api/projects/p/statements/s/vote")
                    .cookie(SESSION)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer abc")))
        .isFalse();
    assertThat(
            requires(
                MockServerHttpRequest.post("/projects/hall/statements")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer abc")))
        .isFalse();
    assertThat(requires(MockServerHttpRequest.get("/projects/hall").cookie(SESSION))).isFalse();
    assertThat(requires(MockServerHttpRequest.head("/api/participants/me").cookie(SESSION)))
        .isFalse();
    assertThat(requires(MockServerHttpRequest.options("/projects/hall").cookie(SESSION))).isFalse();
  }
}
