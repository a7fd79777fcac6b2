package org.deliberation.web.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.Role;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** How a request's token becomes the current actor: the converter finds it, the manager checks it. */
class SignInTest {

  private static final Actor CITIZEN = new Actor(new ParticipantId("p-1"), Set.of(Role.CITIZEN));

  private static Mono<Object> converted(MockServerHttpRequest.BaseBuilder<?> request) {
    return new SignInConverter().convert(MockServerWebExchange.from(request)).cast(Object.class);
  }

  @Test
  void findsTheBearerTokenFirstThenTheSessionCookie() {
    StepVerifier.create(
            converted(
                MockServerHttpRequest.get("/")
                    .header(HttpHeaders.AUTHORIZATION, "bearer  abc ")
                    .cookie(new HttpCookie(SessionCookie.NAME, "from-cookie"))))
        .expectNext(new SignInAttempt("abc", SignInAttempt.Source.BEARER))
        .verifyComplete();
    StepVerifier.create(
            converted(
                MockServerHttpRequest.get("/")
                    .header(HttpHeaders.AUTHORIZATION, " ")
                    .cookie(new HttpCookie(SessionCookie.NAME, "from-cookie"))))
        .expectNext(new SignInAttempt("from-cookie", SignInAttempt.Source.SESSION_COOKIE))
        .verifyComplete();
  }

  @Test
  void goesOnAnonymouslyWithoutATokenButRefusesAnotherKindOfHeader() {
    StepVerifier.create(converted(MockServerHttpRequest.get("/"))).verifyComplete();
    StepVerifier.create(
            converted(
                MockServerHttpRequest.get("/")
                    .cookie(new HttpCookie(SessionCookie.NAME, "x".repeat(201)))))
        .verifyComplete();
    for (var header :
        new String[] {"Basic dXNlcjpwYXNz", "Bearer " + "x".repeat(600), "Token abc"}) {
      StepVerifier.create(
              converted(MockServerHttpRequest.get("/").header(HttpHeaders.AUTHORIZATION, header)))
          .expectErrorSatisfies(
              e ->
                  assertThat(((SignInRefused) e).reason())
                      .isEqualTo(SignInRefused.Reason.MALFORMED_HEADER))
          .verify();
    }
  }

  @Test
  void aKnownTokenSignsInItsParticipantWithTheirRoles() {
    var manager = new SignInManager(token -> Mono.justOrEmpty(Map.of("good", CITIZEN).get(token)));
    StepVerifier.create(
            manager.authenticate(new SignInAttempt("good", SignInAttempt.Source.BEARER)))
        .assertNext(
            signedIn -> {
              var session = (SessionAuthentication) signedIn;
              assertThat(session.actor()).isEqualTo(CITIZEN);
              assertThat(session.token()).isEqualTo("good");
              assertThat(session.isAuthenticated()).isTrue();
              assertThat(session.getAuthorities())
                  .extracting(Object::toString)
                  .containsExactly("ROLE_CITIZEN");
            })
        .verifyComplete();
  }

  @Test
  void anUnknownTokenIsRefusedAndTheReasonSaysWhereItCameFrom() {
    // An expired, signed-out or erased participant's token is unknown to the store of sessions.
    var manager = new SignInManager(token -> Mono.empty());
    StepVerifier.create(
            manager.authenticate(new SignInAttempt("gone", SignInAttempt.Source.BEARER)))
        .expectErrorSatisfies(
            e ->
                assertThat(((SignInRefused) e).reason())
                    .isEqualTo(SignInRefused.Reason.UNKNOWN_TOKEN))
        .verify();
    StepVerifier.create(
            manager.authenticate(new SignInAttempt("gone", SignInAttempt.Source.SESSION_COOKIE)))
        .expectErrorSatisfies(
            e ->
                assertThat(((SignInRefused) e).reason())
                    .isEqualTo(SignInRefused.Reason.ENDED_SESSION))
        .verify();
  }

  @Test
  void neverPrintsTheToken() {
    assertThat(new SignInAttempt("secret-token", SignInAttempt.Source.BEARER).toString())
        .doesNotContain("secret-token");
    assertThat(new SessionAuthentication(CITIZEN, "secret-token").toString())
        .doesNotContain("secret-token");
  }
}
