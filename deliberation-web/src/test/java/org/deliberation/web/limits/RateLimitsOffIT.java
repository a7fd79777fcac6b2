package org.deliberation.web.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Map;
import org.deliberation.web.testing.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same small limits as {@link RateLimitsIT}, turned off: every burst it refuses goes through. */
class RateLimitsOffIT extends ApiTestSupport {

  @DynamicPropertySource
  static void limitsOff(DynamicPropertyRegistry registry) {
    RateLimitsIT.smallLimits(registry, false);
  }

  @LocalServerPort int port;

  @Test
  void wrongPasswordsAreAnsweredOneByOneAndTheRightOneSignsIn() {
    var person = citizen();
    var guesser = RateLimitsIT.from("127.0.0.41", port);
    for (int i = 0; i < 30; i++) {
      assertThat(RateLimitsIT.signIn(guesser, person.email(), "wrong " + i).getStatus().value())
          .isEqualTo(401);
    }
    assertThat(
            RateLimitsIT.signIn(guesser, person.email(), "long enough password")
                .getStatus()
                .value())
        .isEqualTo(201);
  }

  @Test
  void aSignUpBurstAndVotesPastTheLimitGoThrough() {
    var client = RateLimitsIT.from("127.0.0.42", port);
    for (int i = 0; i < 12; i++) {
      assertThat(RateLimitsIT.signUp(client, "off" + i + "@limits.example").getStatus().value())
          .isEqualTo(201);
    }
    var official = withRoles("OFFICIAL");
    var project = project(official, "Unlimited votes");
    var statements = deliberating(official, project, 8);
    var voter = citizen();
    statements.forEach(statement -> vote(voter, project, statement, "DISAGREE"));
    // Every vote was acknowledged; the caller's votes are read from the live state, which may be a
    // moment behind.
    await()
        .untilAsserted(
            () ->
                assertThat(
                        http.get()
                            .uri("/api/projects/{id}/votes/mine", project)
                            .header("Authorization", voter.bearer())
                            .exchange()
                            .expectStatus()
                            .isOk()
                            .expectBody(Map.class)
                            .returnResult()
                            .getResponseBody()
                            .get("items"))
                    .asList()
                    .hasSize(8));
  }
}
