package org.deliberation.web.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.Role;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

/** The whole chain over mock requests: who gets through, and the words of every refusal. */
class SecurityChainTest {

  private static final Actor CITIZEN =
      new Actor(new ParticipantId("citizen"), Set.of(Role.CITIZEN));
  private static final Actor ADMIN =
      new Actor(new ParticipantId("admin"), Set.of(Role.CITIZEN, Role.ADMIN));

  private final SecurityChain chain =
      new SecurityChain(Map.of("citizen-token", CITIZEN, "admin-token", ADMIN));

  @Test
  void aWriteWithoutATokenIsRefusedBeforeItsHandler() {
    var refused =
        chain.send(
            MockServerHttpRequest.post("/api/projects").contentType(MediaType.APPLICATION_JSON));
    assertThat(refused.handled()).isFalse();
    assertThat(refused.status()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(refused.header(HttpHeaders.WWW_AUTHENTICATE))
        .isEqualTo("Bearer error=\"invalid_token\"");
    assertThat(refused.header(HttpHeaders.CONTENT_TYPE)).isEqualTo("application/problem+json");
    assertThat(refused.body())
        .contains("\"title\":\"Unauthorized\"")
        .contains(Refusals.SIGN_IN_FIRST);
  }

  @Test
  void signingUpAndSigningInAndReadingAreOpenToAll() {
    assertThat(chain.send(MockServerHttpRequest.post("/api/participants")).handled()).isTrue();
    assertThat(chain.send(MockServerHttpRequest.post("/api/tokens")).handled()).isTrue();
    var read = chain.send(MockServerHttpRequest.get("/api/projects"));
    assertThat(read.handled()).isTrue();
    assertThat(read.caller()).isNull();
  }

  @Test
  void aReadAboutTheCallerNeedsOneAndSaysSoAsItsHandlerDid() {
    var refused = chain.send(MockServerHttpRequest.get("/api/participants/me"));
    assertThat(refused.status()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(refused.header(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
    assertThat(refused.body())
        .contains("\"title\":\"Sign-in required\"")
        .contains(Refusals.SIGN_IN_FIRST)
        .contains("\"instance\":\"/api/participants/me\"");
    var mine =
        chain.send(
            MockServerHttpRequest.get("/api/participants/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer citizen-token"));
    assertThat(mine.handled()).isTrue();
    assertThat(mine.caller()).isEqualTo(CITIZEN);
  }

  @Test
  void anUnknownOrMalformedBearerTokenIsRefusedEvenForAPublicRead() {
    var unknown =
        chain.send(
            MockServerHttpRequest.get("/api/projects")
                .header(HttpHeaders.AUTHORIZATION, "Bearer expired-or-erased"));
    assertThat(unknown.handled()).isFalse();
    assertThat(unknown.status()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(unknown.body()).contains(Refusals.UNKNOWN_TOKEN);
    var malformed =
        chain.send(
            MockServerHttpRequest.get("/api/projects")
                .header(HttpHeaders.AUTHORIZATION, "Basic dXNlcjpwYXNz"));
    assertThat(malformed.status()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(malformed.body()).contains(Refusals.MALFORMED_HEADER);
  }

  @Test
  void anEndedSessionCookieIsDroppedAndThePageServedAnonymously() {
    var page =
        chain.send(
            MockServerHttpRequest.get("/projects/hall")
                .cookie(new HttpCookie(SessionCookie.NAME, "ended-session")));
    assertThat(page.handled()).isTrue();
    assertThat(page.caller()).isNull();
    var cleared = page.exchange().getResponse().getCookies().getFirst(SessionCookie.NAME);
    assertThat(cleared.getMaxAge().isZero()).isTrue();
    assertThat(cleared.isHttpOnly()).isTrue();
    assertThat(cleared.getSameSite()).isEqualTo("Lax");
  }

  @Test
  void aScriptsWriteWithAnEndedSessionIsToldItEnded() {
    // The page was shown while the session was valid; it ended before the script's write.
    var shown =
        chain.send(
            MockServerHttpRequest.get("/projects/hall")
                .cookie(new HttpCookie(SessionCookie.NAME, "citizen-token")));
    var formKey =
        shown.exchange().getResponse().getCookies().getFirst(SignedFormTokens.COOKIE).getValue();
    var later =
        new SecurityChain(Map.of())
            .send(
                MockServerHttpRequest.put("/api/projects/p/statements/s/vote")
                    .cookie(
                        new HttpCookie(SessionCookie.NAME, "citizen-token"),
                        new HttpCookie(SignedFormTokens.COOKIE, formKey))
                    .header(SignedFormTokens.HEADER, shown.formToken()));
    assertThat(later.status()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(later.body()).contains(Refusals.SESSION_ENDED);
  }

  @Test
  void aFormWithTheTokenOfItsPageGoesThroughAndAnyOtherIsRefused() {
    var session = new HttpCookie(SessionCookie.NAME, "citizen-token");
    var shown = chain.send(MockServerHttpRequest.get("/projects/hall").cookie(session));
    var formKey =
        new HttpCookie(
            SignedFormTokens.COOKIE,
            shown
                .exchange()
                .getResponse()
                .getCookies()
                .getFirst(SignedFormTokens.COOKIE)
                .getValue());
    assertThat(shown.formToken()).isNotBlank();

    var posted = chain.send(form("/projects/hall/statements", shown.formToken(), session, formKey));
    assertThat(posted.handled()).isTrue();
    assertThat(posted.caller()).isEqualTo(CITIZEN);

    var missing = chain.send(form("/projects/hall/statements", null, session, formKey));
    assertThat(missing.handled()).isFalse();
    assertThat(missing.status()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(missing.body()).contains("This form has expired");
    assertThat(chain.send(form("/projects/hall/statements", "forged", session, formKey)).status())
        .isEqualTo(HttpStatus.FORBIDDEN);

    // A stranger's own pair of cookie and token, planted in this browser, does not match its
    // session.
    var stranger = chain.send(MockServerHttpRequest.get("/projects/hall"));
    var planted =
        new HttpCookie(
            SignedFormTokens.COOKIE,
            stranger
                .exchange()
                .getResponse()
                .getCookies()
                .getFirst(SignedFormTokens.COOKIE)
                .getValue());
    assertThat(
            chain.send(form("/projects/hall/statements", stranger.formToken(), planted)).handled())
        .as("the stranger's own form")
        .isTrue();
    var victim =
        chain.send(form("/projects/hall/statements", stranger.formToken(), session, planted));
    assertThat(victim.status()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aScriptsWriteWithTheSessionCookieNeedsTheTokenHeaderAndABearerClientNone() {
    var refused =
        chain.send(
            MockServerHttpRequest.put("/api/projects/p/statements/s/vote")
                .cookie(new HttpCookie(SessionCookie.NAME, "citizen-token"))
                .contentType(MediaType.APPLICATION_JSON));
    assertThat(refused.status()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.header(HttpHeaders.CONTENT_TYPE)).isEqualTo("application/problem+json");
    assertThat(refused.body()).contains(Refusals.FORGED);
    var bearer =
        chain.send(
            MockServerHttpRequest.put("/api/projects/p/statements/s/vote")
                .header(HttpHeaders.AUTHORIZATION, "Bearer citizen-token")
                .contentType(MediaType.APPLICATION_JSON));
    assertThat(bearer.handled()).isTrue();
  }

  @Test
  void aFormTooLargeToCheckIsRefusedAndTheConnectionClosed() {
    var shown = chain.send(MockServerHttpRequest.get("/projects/hall/pages/plan/edit"));
    var formKey =
        new HttpCookie(
            SignedFormTokens.COOKIE,
            shown
                .exchange()
                .getResponse()
                .getCookies()
                .getFirst(SignedFormTokens.COOKIE)
                .getValue());
    var refused =
        chain.send(
            form(
                "/projects/hall/pages/plan/edit",
                "x".repeat(SecurityChain.MAX_IN_MEMORY + 1),
                formKey));
    assertThat(refused.status()).as(refused.body()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
    assertThat(refused.header(HttpHeaders.CONNECTION)).isEqualTo("close");
    assertThat(refused.body()).contains("This form is too large");
  }

  @Test
  void theParkedEventsAreForAdminsOnly() {
    var citizen =
        chain.send(
            MockServerHttpRequest.get("/api/admin/dead-letters")
                .header(HttpHeaders.AUTHORIZATION, "Bearer citizen-token"));
    assertThat(citizen.handled()).isFalse();
    assertThat(citizen.status()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(citizen.body())
        .contains("\"title\":\"Permission denied\"")
        .contains("Only admins may list the parked events.");
    assertThat(
            chain
                .send(
                    MockServerHttpRequest.post("/api/admin/dead-letters/search/retry")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer citizen-token"))
                .body())
        .contains("Only admins may retry the parked events.");
    assertThat(chain.send(MockServerHttpRequest.get("/api/admin/dead-letters")).status())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(
            chain
                .send(
                    MockServerHttpRequest.get("/api/admin/dead-letters")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer admin-token"))
                .caller())
        .isEqualTo(ADMIN);
  }

  /** A form as a browser posts it: the token (when given) and one field. */
  private static MockServerHttpRequest form(String path, String token, HttpCookie... cookies) {
    var body =
        (token == null ? "" : "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&")
            + "text=hi";
    return MockServerHttpRequest.post(path)
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .cookie(cookies)
        .body(body);
  }
}
