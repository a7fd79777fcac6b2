package org.deliberation.web.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import org.deliberation.web.testing.ApiTestSupport;
import org.deliberation.web.testing.PageClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;

/**
 * The limits on, in a server of their own: each test comes from its own loopback addresses (127.0.0.0/8 all reach
 * this machine), so that the connection's remote address, which the limits count by, is really another.
 */
class RateLimitsIT extends ApiTestSupport {

  /** Small limits, so that a burst is a few requests; the shared servers of the other tests have them off. */
  static void smallLimits(DynamicPropertyRegistry registry, boolean enabled) {
    registry.add("deliberation.limits.enabled", () -> enabled);
    registry.add("deliberation.limits.sign-up.address", () -> 10);
    registry.add("deliberation.limits.votes.participant", () -> 5);
    registry.add("deliberation.limits.edits.participant", () -> 2);
    registry.add("deliberation.limits.flags.participant", () -> 1);
  }

  @DynamicPropertySource
  static void limitsOn(DynamicPropertyRegistry registry) {
    smallLimits(registry, true);
  }

  @LocalServerPort int port;

  /** A client whose connections come from {@code address}. */
  static WebTestClient from(String address, int port) {
    var client =
        HttpClient.create()
            .bindAddress(() -> new InetSocketAddress(address, 0))
            .responseTimeout(Duration.ofSeconds(30));
    return WebTestClient.bindToServer(new ReactorClientHttpConnector(client))
        .baseUrl("http://127.0.0.1:" + port)
        .responseTimeout(Duration.ofSeconds(30))
        .build();
  }

  static EntityExchangeResult<Map> signIn(WebTestClient client, String email, String password) {
    return client
        .post()
        .uri("/api/tokens")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("email", email, "password", password))
        .exchange()
        .expectBody(Map.class)
        .returnResult();
  }

  static EntityExchangeResult<Map> signUp(WebTestClient client, String email) {
    return client
        .post()
        .uri("/api/participants")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(
            Map.of("displayName", "Burst", "email", email, "password", "long enough password"))
        .exchange()
        .expectBody(Map.class)
        .returnResult();
  }

  @Test
  void wrongPasswordsForOneAccountAreRefusedAfterTheFifthWithAGrowingWait() {
    var person = citizen();
    var guesser = from("127.0.0.11", port);
    var waits = new ArrayList<Long>();
    for (int i = 1; i <= 30; i++) {
      var answer = signIn(guesser, person.email(), "wrong password " + i);
      if (i <= 5) {
        assertThat(answer.getStatus().value()).as("failure %d", i).isEqualTo(401);
        continue;
      }
      assertThat(answer.getStatus().value()).as("failure %d", i).isEqualTo(429);
      assertThat(answer.getResponseHeaders().getContentType())
          .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      var body = answer.getResponseBody();
      assertThat(body.get("limit"))
          .isIn("sign-in-failures-per-account", "sign-in-failures-per-address");
      assertThat(Instant.parse((String) body.get("resetsAt")))
          .isAfter(Instant.now().minusSeconds(5));
      assertThat((String) body.get("detail")).contains("Wait").contains("try again");
      waits.add(Long.parseLong(answer.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)));
    }
    // Each failure while limited doubles the wait (3, 6, 12... minutes), up to the hour.
    assertThat(waits).isSorted();
    assertThat(waits.getFirst()).isBetween(170L, 180L);
    assertThat(waits.get(1)).isBetween(350L, 360L);
    assertThat(waits.getLast()).isEqualTo(3600L);

    // The right password is refused too while the account is limited, from any address.
    var owner = from("127.0.0.12", port);
    var refused = signIn(owner, person.email(), "long enough password");
    assertThat(refused.getStatus().value()).isEqualTo(429);
    assertThat(refused.getResponseBody().get("limit")).isEqualTo("sign-in-failures-per-account");
    assertThat(refused.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotNull();
  }

  @Test
  void aGuessSpreadOverManyAddressesIsLimitedByTheAccount() {
    var person = citizen();
    for (int i = 1; i <= 5; i++) {
      var answer = signIn(from("127.0.1." + i, port), person.email(), "wrong " + i);
      assertThat(answer.getStatus().value()).isEqualTo(401);
    }
    var sixth = signIn(from("127.0.1.6", port), person.email(), "wrong 6");
    assertThat(sixth.getStatus().value()).isEqualTo(429);
    assertThat(sixth.getResponseBody().get("limit")).isEqualTo("sign-in-failures-per-account");
  }

  @Test
  void aSignUpBurstFromOneAddressIsRefused() {
    var client = from("127.0.0.21", port);
    for (int i = 0; i < 10; i++) {
      assertThat(signUp(client, "burst" + i + "@limits.example").getStatus().value())
          .isEqualTo(201);
    }
    var refused = signUp(client, "burst10@limits.example");
    assertThat(refused.getStatus().value()).isEqualTo(429);
    assertThat(refused.getResponseBody().get("limit")).isEqualTo("sign-ups-per-address");
    // Another address is not held back by it.
    assertThat(signUp(from("127.0.0.22", port), "elsewhere@limits.example").getStatus().value())
        .isEqualTo(201);
  }

  @Test
  void votesOverTheLimitAreRefusedNamingIt() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Limited votes");
    var statements = deliberating(official, project, 6);
    var voter = citizen();
    for (int i = 0; i < 5; i++) {
      vote(voter, project, statements.get(i), "AGREE");
    }
    var refused =
        http.put()
            .uri("/api/projects/{id}/statements/{sid}/vote", project, statements.get(5))
            .header(HttpHeaders.AUTHORIZATION, voter.bearer())
            .bodyValue(Map.of("vote", "AGREE"))
            .exchange()
            .expectStatus()
            .isEqualTo(429)
            .expectHeader()
            .exists(HttpHeaders.RETRY_AFTER)
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    assertThat(refused.get("limit")).isEqualTo("votes-per-participant");
    assertThat(refused.get("status")).isEqualTo(429);
    // 5 per hour: one comes back every 12 minutes.
    assertThat(((Number) refused.get("retryAfter")).longValue()).isBetween(700L, 720L);
  }

  @Test
  void pageEditsAndFlagsOverTheirLimitsAreRefusedNamingThem() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Limited edits");
    for (var name : new String[] {"first", "second", "third"}) {
      var answer =
          http.put()
              .uri("/api/projects/{id}/pages/{page}", project, name)
              .header(HttpHeaders.AUTHORIZATION, official.bearer())
              .bodyValue(Map.of("markdown", "Text of " + name))
              .exchange()
              .expectBody(Map.class)
              .returnResult();
      var expected = name.equals("third") ? 429 : 201;
      assertThat(answer.getStatus().value()).as(name).isEqualTo(expected);
      if (expected == 429) {
        assertThat(answer.getResponseBody().get("limit")).isEqualTo("edits-per-participant");
      }
    }
    var statements = deliberating(official, project, 2);
    var reporter = citizen();
    for (int i = 0; i < 2; i++) {
      var answer =
          http.post()
              .uri("/api/projects/{id}/statements/{sid}/flags", project, statements.get(i))
              .header(HttpHeaders.AUTHORIZATION, reporter.bearer())
              .bodyValue(Map.of("reason", "off topic"))
              .exchange()
              .expectBody(Map.class)
              .returnResult();
      if (i == 0) {
        assertThat(answer.getStatus().is2xxSuccessful()).isTrue();
      } else {
        assertThat(answer.getStatus().value()).isEqualTo(429);
        assertThat(answer.getResponseBody().get("limit")).isEqualTo("flags-per-participant");
      }
    }
  }

  @Test
  void aPageFormOverALimitTellsThePersonInTheirLanguage() {
    var person = citizen();
    var page = new PageClient(from("127.0.0.31", port)).language("fr");
    page.get("/login?lang=fr");
    for (int i = 0; i < 5; i++) {
      var failed =
          page.post("/login?lang=fr", Map.of("email", person.email(), "password", "wrong " + i));
      assertThat(failed.status().value()).isEqualTo(401);
    }
    var limited =
        page.post("/login?lang=fr", Map.of("email", person.email(), "password", "wrong again"));
    assertThat(limited.status().value()).isEqualTo(429);
    assertThat(limited.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("180");
    assertThat(limited.html().select("p.error").text())
        .isEqualTo(
            "Trop de tentatives de ce genre en peu de temps. Patientez 3 minutes puis réessayez.");
    // Marked as French for screen readers, unlike the API's English refusals beside a form.
    assertThat(limited.html().selectFirst("p.error").attr("lang")).isEqualTo("fr");

    // In English for an English reader.
    var english = new PageClient(from("127.0.0.32", port)).language("en");
    english.get("/login?lang=en");
    var refused =
        english.post(
            "/login?lang=en", Map.of("email", person.email(), "password", "long enough password"));
    assertThat(refused.status().value()).isEqualTo(429);
    assertThat(refused.html().select("p.error").text())
        .startsWith("Too many attempts of this kind in a short time. Wait ");
    assertThat(refused.html().selectFirst("p.error").attr("lang")).isEqualTo("en");
  }
}
