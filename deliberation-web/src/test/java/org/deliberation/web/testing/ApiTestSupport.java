package org.deliberation.web.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * One server on the embedded store for all HTTP tests (Spring caches the context), with helpers that sign people up
 * and give them roles through the API itself.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "deliberation.admin.email=" + ApiTestSupport.ADMIN_EMAIL,
      "deliberation.admin.password=" + ApiTestSupport.ADMIN_PASSWORD,
      "deliberation.sessions.password-strength=4",
      // Every test here signs people up, votes and edits from one address: RateLimitsIT tests the
      // limits.
      "deliberation.limits.enabled=false"
    })
@AutoConfigureWebTestClient
public abstract class ApiTestSupport {

  public static final String ADMIN_EMAIL = "admin@test.example";
  public static final String ADMIN_PASSWORD = "admin-password";

  static {
    // Projections are eventually consistent, and after a large import in the same server they may
    // take a while.
    org.awaitility.Awaitility.setDefaultTimeout(java.time.Duration.ofSeconds(60));
  }

  private static final AtomicInteger PEOPLE = new AtomicInteger();

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    // Once per server: a benchmark that closes its server (DirtiesContext) leaves its data to
    // nobody.
    var data = temporaryFolder();
    registry.add("deliberation.data-dir", data::toString);
  }

  @Autowired protected WebTestClient http;

  @BeforeEach
  void patientClient() {
    // Two cores shared by the server, its projections catching up after an import, and the tests: a
    // request may
    // wait longer than WebTestClient's default 5 s without anything being wrong with it.
    http = http.mutate().responseTimeout(Duration.ofSeconds(30)).build();
  }

  /** A signed-in participant. */
  public record Session(String id, String email, String displayName, String token) {

    public String bearer() {
      return "Bearer " + token;
    }
  }

  protected Session admin() {
    return signIn(ADMIN_EMAIL, ADMIN_PASSWORD, "Administrator", null);
  }

  protected Session citizen() {
    int n = PEOPLE.incrementAndGet();
    var email = "person" + n + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
    var name = "Person " + n;
    var created =
        http.post()
            .uri("/api/participants")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(
                Map.of("displayName", name, "email", email, "password", "long enough password"))
            .exchange()
            .expectStatus()
            .isCreated()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    return signIn(email, "long enough password", name, (String) created.get("id"));
  }

  /** A new participant given these roles by the admin. */
  protected Session withRoles(String... roles) {
    var person = citizen();
    http.put()
        .uri("/api/participants/{id}/roles", person.id())
        .header(HttpHeaders.AUTHORIZATION, admin().bearer())
        .bodyValue(Map.of("roles", List.of(roles)))
        .exchange()
        .expectStatus()
        .isOk();
    return person;
  }

  protected Session signIn(String email, String password, String displayName, String id) {
    var token =
        http.post()
            .uri("/api/tokens")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("email", email, "password", password))
            .exchange()
            .expectStatus()
            .isCreated()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    var bearer = (String) token.get("token");
    var me =
        id != null
            ? id
            : (String)
                http.get()
                    .uri("/api/participants/me")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + bearer)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody(Map.class)
                    .returnResult()
                    .getResponseBody()
                    .get("id");
    return new Session(me, email, displayName, bearer);
  }

  /** An authority with these thresholds, recorded by the admin; returns its id. */
  protected String authority(String name, int response, int agenda) {
    return (String)
        http.post()
            .uri("/api/authorities")
            .header(HttpHeaders.AUTHORIZATION, admin().bearer())
            .bodyValue(
                Map.of("name", name, "thresholds", Map.of("response", response, "agenda", agenda)))
            .exchange()
            .expectStatus()
            .isCreated()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody()
            .get("id");
  }

  /** A petition opened by {@code opener} to an authority; returns its id. */
  protected String openPetition(
      Session opener, String authority, String title, String text, String language) {
    return (String)
        http.post()
            .uri("/api/petitions")
            .header(HttpHeaders.AUTHORIZATION, opener.bearer())
            .bodyValue(
                Map.of("title", title, "text", text, "authority", authority, "language", language))
            .exchange()
            .expectStatus()
            .isCreated()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody()
            .get("id");
  }

  /** Creates a project as a new official; returns its id. */
  protected String project(Session official, String title) {
    return project(official, title, "en");
  }

  /** Creates a project in a language ({@code en} or {@code fr}) as a new official; returns its id. */
  protected String project(Session official, String title, String language) {
    var body =
        http.post()
            .uri("/api/projects")
            .header(HttpHeaders.AUTHORIZATION, official.bearer())
            .bodyValue(
                Map.of(
                    "title",
                    title,
                    "question",
                    "Should we?",
                    "authority",
                    "Town council",
                    "language",
                    language))
            .exchange()
            .expectStatus()
            .isCreated()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    return (String) body.get("id");
  }

  /** Posts a statement (contribution or viewpoint, as the body says); returns its id. */
  protected String statement(Session author, String project, Map<String, Object> body) {
    return (String)
        http.post()
            .uri("/api/projects/{id}/statements", project)
            .header(HttpHeaders.AUTHORIZATION, author.bearer())
            .bodyValue(body)
            .exchange()
            .expectStatus()
            .isCreated()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody()
            .get("id");
  }

  protected String contribution(Session author, String project, String text) {
    return statement(author, project, Map.of("text", text, "kind", "CONTRIBUTION"));
  }

  /** Moves the project to a stage as its official. */
  protected void stage(Session official, String project, String stage) {
    http.post()
        .uri("/api/projects/{id}/stage", project)
        .header(HttpHeaders.AUTHORIZATION, official.bearer())
        .bodyValue(Map.of("stage", stage))
        .exchange()
        .expectStatus()
        .isOk();
  }

  /** A vote the API must accept. */
  protected void vote(Session voter, String project, String statement, String vote) {
    http.put()
        .uri("/api/projects/{id}/statements/{sid}/vote", project, statement)
        .header(HttpHeaders.AUTHORIZATION, voter.bearer())
        .bodyValue(Map.of("vote", vote))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .returnResult();
  }

  /** A project in DELIBERATION with {@code count} statements to vote on; returns their ids. */
  protected List<String> deliberating(Session official, String project, int count) {
    var author = citizen();
    var statements = new java.util.ArrayList<String>();
    for (int s = 0; s < count; s++) {
      statements.add(contribution(author, project, "Statement number " + s));
    }
    stage(official, project, "DELIBERATION");
    return statements;
  }

  /** A read of the API that must answer 200: its JSON body. */
  @SuppressWarnings("unchecked")
  protected Map<String, Object> readJson(String uri, Object... variables) {
    return http.get()
        .uri(uri, variables)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
  }

  /** A project's slug, for its pages' addresses. */
  protected String projectSlug(String project) {
    return (String) readJson("/api/projects/{id}", project).get("slug");
  }

  /** The status a write answers, whatever it is; {@code body} null for none. */
  protected int writeStatus(
      HttpMethod method, Session by, @Nullable Object body, String uri, Object... variables) {
    var request =
        http.method(method).uri(uri, variables).header(HttpHeaders.AUTHORIZATION, by.bearer());
    var sent = body == null ? request.exchange() : request.bodyValue(body).exchange();
    return sent.expectBody().returnResult().getStatus().value();
  }

  /** Waits until the live synthesis lists the statement in its consensus. */
  @SuppressWarnings("unchecked")
  protected void awaitConsensus(String project, String statement) {
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(
                        (List<Map<String, Object>>)
                            readJson("/api/projects/{id}/synthesis", project).get("consensus"))
                    .extracting(item -> item.get("statement"))
                    .contains(statement));
  }

  private static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("deliberation-it-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
