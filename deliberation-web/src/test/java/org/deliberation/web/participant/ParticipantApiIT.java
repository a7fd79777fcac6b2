package org.deliberation.web.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bson.Document;
import org.deliberation.web.testing.ApiTestSupport;
import org.deliberation.web.testing.PageClient;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class ParticipantApiIT extends ApiTestSupport {

  @Autowired MongoDatabase database;

  @Nested
  class Registration {

    @Test
    void registersACitizenWithoutShowingTheirEmail() {
      http.post()
          .uri("/api/participants")
          .bodyValue(
              Map.of(
                  "displayName",
                  "Camille",
                  "email",
                  "camille-" + System.nanoTime() + "@test.example",
                  "password",
                  "a good long password",
                  "postcode",
                  "69130"))
          .exchange()
          .expectStatus()
          .isCreated()
          .expectHeader()
          .exists(HttpHeaders.LOCATION)
          .expectBody()
          .jsonPath("$.displayName")
          .isEqualTo("Camille")
          .jsonPath("$.roles")
          .isEqualTo(List.of("CITIZEN"))
          .jsonPath("$.email")
          .doesNotExist()
          .jsonPath("$.postcode")
          .doesNotExist()
          .jsonPath("$.password")
          .doesNotExist();
    }

    @Test
    void refusesATakenEmailWhateverItsCase() {
      var email = "twice-" + System.nanoTime() + "@test.example";
      http.post()
          .uri("/api/participants")
          .bodyValue(Map.of("displayName", "A", "email", email, "password", "a good long password"))
          .exchange()
          .expectStatus()
          .isCreated();

      http.post()
          .uri("/api/participants")
          .bodyValue(
              Map.of(
                  "displayName",
                  "B",
                  "email",
                  email.toUpperCase(Locale.ROOT),
                  "password",
                  "a good long password"))
          .exchange()
          .expectStatus()
          .isEqualTo(409)
          .expectHeader()
          .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void listsTheInvalidFields() {
      http.post()
          .uri("/api/participants")
          .bodyValue(Map.of("displayName", "", "email", "not-an-email", "password", "short"))
          .exchange()
          .expectStatus()
          .isBadRequest()
          .expectBody()
          .jsonPath("$.errors[*].field")
          .value(
              fields ->
                  assertThat((List<String>) fields).contains("displayName", "email", "password"));
    }

    @Test
    void refusesADisplayNameWithAnInvisibleDirectionChangingOrControlCharacter() {
      for (var name :
          List.of(
              "Admin\u202Enimda",
              "Ann\u200Be",
              "Bob\u2066x\u2069",
              "Eve\u0007",
              "Zoe\uFEFF",
              "Sam\nNewline")) {
        http.post()
            .uri("/api/participants")
            .bodyValue(
                Map.of(
                    "displayName",
                    name,
                    "email",
                    "spoof-" + System.nanoTime() + "@test.example",
                    "password",
                    "a good long password"))
            .exchange()
            .expectStatus()
            .isBadRequest()
            .expectHeader()
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.status")
            .isEqualTo(400)
            .jsonPath("$.errors[0].field")
            .isEqualTo("displayName")
            .jsonPath("$.errors[0].message")
            .value(
                message ->
                    assertThat((String) message)
                        .startsWith("must not hold U+")
                        .contains("type it again without it"));
      }
      http.post()
          .uri("/api/participants")
          .bodyValue(
              Map.of(
                  "displayName",
                  "Admin\u202Enimda",
                  "email",
                  "spoof-" + System.nanoTime() + "@test.example",
                  "password",
                  "a good long password"))
          .exchange()
          .expectBody()
          .jsonPath("$.errors[0].message")
          .value(
              message ->
                  assertThat((String) message)
                      .contains("U+202E RIGHT-TO-LEFT OVERRIDE", "character 6"));
    }

    @Test
    void storesADisplayNameInNfcAndTakesAccentsScriptsAndEmoji() {
      var decomposed = "Cafe\u0301 Zoe\u0308";
      var created =
          http.post()
              .uri("/api/participants")
              .bodyValue(
                  Map.of(
                      "displayName",
                      decomposed,
                      "email",
                      "nfc-" + System.nanoTime() + "@test.example",
                      "password",
                      "a good long password"))
              .exchange()
              .expectStatus()
              .isCreated()
              .expectBody(Map.class)
              .returnResult()
              .getResponseBody();
      assertThat(created.get("displayName")).isEqualTo("Café Zoë");
      for (var name : List.of("محمد رضا", "李小龍", "Ana \uD83C\uDF3B")) {
        http.post()
            .uri("/api/participants")
            .bodyValue(
                Map.of(
                    "displayName",
                    name,
                    "email",
                    "script-" + System.nanoTime() + "@test.example",
                    "password",
                    "a good long password"))
            .exchange()
            .expectStatus()
            .isCreated()
            .expectBody()
            .jsonPath("$.displayName")
            .isEqualTo(name);
      }
    }

    @Test
    void refusesAPasswordLongerThanBcryptReads() {
      http.post()
          .uri("/api/participants")
          .bodyValue(
              Map.of(
                  "displayName",
                  "Long",
                  "email",
                  "long-" + System.nanoTime() + "@test.example",
                  "password",
                  "é".repeat(40)))
          .exchange()
          .expectStatus()
          .isBadRequest()
          .expectBody()
          .jsonPath("$.errors[0].field")
          .isEqualTo("password");
    }
  }

  @Nested
  class SignIn {

    @Test
    void aTokenIdentifiesTheParticipant() {
      var person = citizen();
      http.get()
          .uri("/api/participants/me")
          .header(HttpHeaders.AUTHORIZATION, person.bearer())
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.id")
          .isEqualTo(person.id())
          .jsonPath("$.displayName")
          .isEqualTo(person.displayName());
    }

    @Test
    void refusesAWrongPasswordWith401() {
      var person = citizen();
      http.post()
          .uri("/api/tokens")
          .bodyValue(Map.of("email", person.email(), "password", "wrong password"))
          .exchange()
          .expectStatus()
          .isUnauthorized()
          .expectHeader()
          .contentType(MediaType.APPLICATION_PROBLEM_JSON);
      http.post()
          .uri("/api/tokens")
          .bodyValue(Map.of("email", "nobody@test.example", "password", "whatever it is"))
          .exchange()
          .expectStatus()
          .isUnauthorized();
    }

    @Test
    void refusesAnUnknownOrMalformedToken() {
      http.get()
          .uri("/api/participants/me")
          .header(HttpHeaders.AUTHORIZATION, "Bearer not-a-token")
          .exchange()
          .expectStatus()
          .isUnauthorized()
          .expectHeader()
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .jsonPath("$.detail")
          .value(detail -> assertThat((String) detail).contains("Sign in again"));
      http.get()
          .uri("/api/participants/me")
          .header(HttpHeaders.AUTHORIZATION, "Basic dXNlcjpwYXNz")
          .exchange()
          .expectStatus()
          .isUnauthorized();
      http.get().uri("/api/participants/me").exchange().expectStatus().isUnauthorized();
    }
  }

  @Nested
  class Roles {

    @Test
    void aModeratorVerifiesAnExpert() {
      var expert = citizen();
      http.put()
          .uri("/api/participants/{id}/roles", expert.id())
          .header(HttpHeaders.AUTHORIZATION, withRoles("MODERATOR").bearer())
          .bodyValue(Map.of("roles", List.of("EXPERT")))
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.roles")
          .isEqualTo(List.of("CITIZEN", "EXPERT"));

      http.get()
          .uri("/api/participants/me")
          .header(HttpHeaders.AUTHORIZATION, expert.bearer())
          .exchange()
          .expectBody()
          .jsonPath("$.roles")
          .isEqualTo(List.of("CITIZEN", "EXPERT"));
    }

    @Test
    void aModeratorCannotMakeAnAdmin() {
      var moderator = withRoles("MODERATOR");
      http.put()
          .uri("/api/participants/{id}/roles", moderator.id())
          .header(HttpHeaders.AUTHORIZATION, moderator.bearer())
          .bodyValue(Map.of("roles", List.of("MODERATOR", "ADMIN")))
          .exchange()
          .expectStatus()
          .isForbidden();
    }

    @Test
    void aCitizenCannotChangeRoles() {
      var citizen = citizen();
      http.put()
          .uri("/api/participants/{id}/roles", citizen.id())
          .header(HttpHeaders.AUTHORIZATION, citizen.bearer())
          .bodyValue(Map.of("roles", List.of("OFFICIAL")))
          .exchange()
          .expectStatus()
          .isForbidden();
    }

    @Test
    void refusesAnUnknownRoleAndAnUnknownParticipant() {
      var admin = admin();
      http.put()
          .uri("/api/participants/{id}/roles", citizen().id())
          .header(HttpHeaders.AUTHORIZATION, admin.bearer())
          .bodyValue(Map.of("roles", List.of("KING")))
          .exchange()
          .expectStatus()
          .isBadRequest();
      http.put()
          .uri("/api/participants/{id}/roles", "nobody")
          .header(HttpHeaders.AUTHORIZATION, admin.bearer())
          .bodyValue(Map.of("roles", List.of("EXPERT")))
          .exchange()
          .expectStatus()
          .isNotFound();
    }
  }

  @Nested
  class Erasure {

    @Test
    void erasesEveryPersonalDatumButKeepsTheEditsAsAFormerParticipants() {
      var email = "erase-me-" + System.nanoTime() + "@test.example";
      var name = "Dominique Unique" + System.nanoTime();
      var postcode = "PC" + (System.nanoTime() % 100000);
      var created =
          http.post()
              .uri("/api/participants")
              .bodyValue(
                  Map.of(
                      "displayName",
                      name,
                      "email",
                      email,
                      "password",
                      "a good long password",
                      "postcode",
                      postcode))
              .exchange()
              .expectStatus()
              .isCreated()
              .expectBody(Map.class)
              .returnResult()
              .getResponseBody();
      var person = signIn(email, "a good long password", name, (String) created.get("id"));
      var project = project(withRoles("OFFICIAL"), "Erasure");
      http.put()
          .uri("/api/projects/{p}/pages/notes", project)
          .header(HttpHeaders.AUTHORIZATION, person.bearer())
          .bodyValue(Map.of("markdown", "My view.", "comment", "mine"))
          .exchange()
          .expectStatus()
          .isCreated();

      erase(person, person).expectStatus().isNoContent();

      http.get()
          .uri("/api/participants/me")
          .header(HttpHeaders.AUTHORIZATION, person.bearer())
          .exchange()
          .expectStatus()
          .isUnauthorized();
      http.get()
          .uri("/api/projects/{p}/pages/notes", project)
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.markdown")
          .isEqualTo("My view.")
          .jsonPath("$.contributors[0]")
          .isEqualTo("a former participant");
      http.get()
          .uri("/api/projects/{p}/pages/notes/history", project)
          .exchange()
          .expectBody()
          .jsonPath("$.items[0].author")
          .isEqualTo("a former participant")
          .jsonPath("$.items[0].authorId")
          .doesNotExist();
      assertThat(everyStoredDocument())
          .noneMatch(
              json -> json.contains(email) || json.contains(name) || json.contains(postcode));
      http.post()
          .uri("/api/tokens")
          .bodyValue(Map.of("email", email, "password", "a good long password"))
          .exchange()
          .expectStatus()
          .isUnauthorized();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anErasedParticipantsStatementsAndVotesStayEverywhereAsAFormerParticipants() {
      var official = withRoles("OFFICIAL");
      var project = project(official, "Erased statements");
      stage(official, project, "DELIBERATION");
      var leaving = citizen();
      var unique = "Quokka" + System.nanoTime();
      var text = "Plant " + unique + " trees along the canal.";
      var statement = contribution(leaving, project, text);
      vote(leaving, project, statement, "AGREE");
      vote(citizen(), project, statement, "DISAGREE");
      await()
          .untilAsserted(
              () -> {
                assertThat(statementView(project, statement))
                    .containsEntry("authorName", leaving.displayName())
                    .containsEntry("author", leaving.id());
                assertThat(synthesis(project)).containsEntry("votes", 2);
              });
      var before = synthesis(project);

      erase(leaving, leaving).expectStatus().isNoContent();

      await()
          .untilAsserted(
              () -> {
                // The API: one statement and one list agree.
                assertThat(statementView(project, statement))
                    .containsEntry("text", text)
                    .containsEntry("authorName", "a former participant")
                    .doesNotContainKey("author");
                var items =
                    (List<Map<String, Object>>)
                        http.get()
                            .uri("/api/projects/{p}/statements", project)
                            .exchange()
                            .expectBody(Map.class)
                            .returnResult()
                            .getResponseBody()
                            .get("items");
                assertThat(items)
                    .singleElement()
                    .satisfies(
                        item ->
                            assertThat(item)
                                .containsEntry("id", statement)
                                .containsEntry("authorName", "a former participant")
                                .doesNotContainKey("author"));
                // The project page.
                var page = new PageClient(http).get("/projects/" + project);
                var card = page.html().selectFirst("#s-" + statement);
                assertThat(card).isNotNull();
                assertThat(card.text())
                    .contains(text, "a former participant")
                    .doesNotContain(leaving.displayName());
                // Search.
                var found =
                    (List<Map<String, Object>>)
                        http.get()
                            .uri("/api/search?q={q}&project={p}", unique, project)
                            .exchange()
                            .expectBody(Map.class)
                            .returnResult()
                            .getResponseBody()
                            .get("items");
                assertThat(found)
                    .singleElement()
                    .satisfies(
                        item ->
                            assertThat(item)
                                .containsEntry("id", statement)
                                .containsEntry("author", "a former participant"));
                // The feed, from its backlog.
                var feed =
                    http.get()
                        .uri("/api/stream?project={p}", project)
                        .accept(MediaType.TEXT_EVENT_STREAM)
                        .exchange()
                        .returnResult(String.class)
                        .getResponseBody()
                        .take(3)
                        .collectList()
                        .block(java.time.Duration.ofSeconds(20));
                assertThat(feed)
                    .anySatisfy(
                        data ->
                            assertThat(data)
                                .contains(
                                    "StatementPosted",
                                    unique,
                                    "\"author\":\"a former participant\""))
                    .noneSatisfy(data -> assertThat(data).contains(leaving.displayName()));
              });
      // The synthesis is unchanged: their vote still counts.
      assertThat(synthesis(project))
          .containsEntry("votes", before.get("votes"))
          .containsEntry("participants", before.get("participants"));
      // Resuming the synthesis stream from the start does not bring their name back either.
      var replayed =
          http.get()
              .uri("/api/projects/{p}/synthesis/stream", project)
              .header("Last-Event-ID", "0")
              .accept(MediaType.TEXT_EVENT_STREAM)
              .exchange()
              .returnResult(String.class)
              .getResponseBody()
              .take(2)
              .collectList()
              .block(java.time.Duration.ofSeconds(20));
      assertThat(replayed)
          .isNotEmpty()
          .noneSatisfy(data -> assertThat(data).contains(leaving.displayName()));
    }

    private Map<String, Object> statementView(String project, String statement) {
      return http.get()
          .uri("/api/projects/{p}/statements/{s}", project, statement)
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody(Map.class)
          .returnResult()
          .getResponseBody();
    }

    private Map<String, Object> synthesis(String project) {
      return http.get()
          .uri("/api/projects/{p}/synthesis", project)
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody(Map.class)
          .returnResult()
          .getResponseBody();
    }

    @Test
    void onlyTheParticipantOrAnAdminErases() {
      var target = citizen();
      erase(target, citizen()).expectStatus().isForbidden();
      erase(target, admin()).expectStatus().isNoContent();
      erase(target, admin()).expectStatus().isNotFound();
    }

    private List<String> everyStoredDocument() {
      var all = new ArrayList<String>();
      for (var collection : database.listCollectionNames()) {
        for (Document document : database.getCollection(collection).find()) {
          all.add(document.toJson());
        }
      }
      return all;
    }
  }

  /** Asks to erase {@code who}'s personal data, as {@code by}. */
  private WebTestClient.ResponseSpec erase(Session who, Session by) {
    return http.delete()
        .uri("/api/participants/{id}", who.id())
        .header(HttpHeaders.AUTHORIZATION, by.bearer())
        .exchange();
  }
}
