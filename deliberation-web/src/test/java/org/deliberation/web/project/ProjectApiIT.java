package org.deliberation.web.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.deliberation.web.testing.ApiTestSupport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class ProjectApiIT extends ApiTestSupport {

  @Nested
  class Creation {

    @Test
    void anOfficialCreatesAProjectWithASlugMadeFromItsTitle() {
      var official = withRoles("OFFICIAL");

      http.post()
          .uri("/api/projects")
          .header(HttpHeaders.AUTHORIZATION, official.bearer())
          .bodyValue(
              Map.of(
                  "title",
                  "Réforme du calendrier scolaire",
                  "question",
                  "Shorter summer holidays?",
                  "authority",
                  "Académie",
                  "language",
                  "fr"))
          .exchange()
          .expectStatus()
          .isCreated()
          .expectHeader()
          .value(
              HttpHeaders.LOCATION, location -> assertThat(location).startsWith("/api/projects/"))
          .expectBody()
          .jsonPath("$.slug")
          .value(slug -> assertThat((String) slug).startsWith("reforme-du-calendrier-scolaire"))
          .jsonPath("$.stage")
          .isEqualTo("DRAFT")
          .jsonPath("$.language")
          .isEqualTo("fr")
          .jsonPath("$.authority")
          .isEqualTo("Académie");
    }

    @Test
    void aSecondProjectWithTheSameTitleGetsItsOwnSlug() {
      var official = withRoles("OFFICIAL");
      var first = project(official, "Same title for two");
      var second = project(official, "Same title for two");

      var firstSlug = slugOf(first);
      var secondSlug = slugOf(second);
      assertThat(firstSlug).isNotEqualTo(secondSlug);
      assertThat(secondSlug).startsWith(firstSlug);
    }

    @Test
    void refusesATakenExplicitSlugWithAConflict() {
      var official = withRoles("OFFICIAL");
      var body =
          Map.of(
              "title",
              "Hall",
              "question",
              "Build?",
              "authority",
              "Council",
              "language",
              "en",
              "slug",
              "taken-slug-" + System.nanoTime());
      http.post()
          .uri("/api/projects")
          .header(HttpHeaders.AUTHORIZATION, official.bearer())
          .bodyValue(body)
          .exchange()
          .expectStatus()
          .isCreated();

      http.post()
          .uri("/api/projects")
          .header(HttpHeaders.AUTHORIZATION, official.bearer())
          .bodyValue(body)
          .exchange()
          .expectStatus()
          .isEqualTo(409)
          .expectHeader()
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .jsonPath("$.detail")
          .value(detail -> assertThat((String) detail).contains("is taken"));
    }

    @Test
    void refusesACitizenWithForbidden() {
      http.post()
          .uri("/api/projects")
          .header(HttpHeaders.AUTHORIZATION, citizen().bearer())
          .bodyValue(
              Map.of(
                  "title", "Hall", "question", "Build?", "authority", "Council", "language", "en"))
          .exchange()
          .expectStatus()
          .isForbidden()
          .expectHeader()
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .jsonPath("$.detail")
          .isEqualTo("Only officials, moderators and admins may create a wikiproject.");
    }

    @Test
    void refusesAnAnonymousWriteBeforeReadingItsBody() {
      http.post()
          .uri("/api/projects")
          .bodyValue(Map.of())
          .exchange()
          .expectStatus()
          .isUnauthorized()
          .expectHeader()
          .exists(HttpHeaders.WWW_AUTHENTICATE)
          .expectHeader()
          .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void listsEveryMissingFieldOfAnInvalidProject() {
      http.post()
          .uri("/api/projects")
          .header(HttpHeaders.AUTHORIZATION, withRoles("OFFICIAL").bearer())
          .bodyValue(Map.of("title", " ", "slug", "Not A Slug"))
          .exchange()
          .expectStatus()
          .isBadRequest()
          .expectHeader()
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .jsonPath("$.errors[*].field")
          .value(
              fields ->
                  assertThat((List<String>) fields)
                      .contains("title", "question", "authority", "language", "slug"));
    }
  }

  @Nested
  class Reading {

    @Test
    void readsAProjectByIdOrBySlug() {
      var id = project(withRoles("OFFICIAL"), "Read me");
      var slug = slugOf(id);

      http.get()
          .uri("/api/projects/{slug}", slug)
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.id")
          .isEqualTo(id)
          .jsonPath("$.question")
          .isEqualTo("Should we?")
          .jsonPath("$.pages")
          .isArray()
          .jsonPath("$.counts.pages")
          .isEqualTo(0);
    }

    @Test
    void answersAnUnknownProjectWithAProblem() {
      http.get()
          .uri("/api/projects/no-such-project")
          .exchange()
          .expectStatus()
          .isNotFound()
          .expectHeader()
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .jsonPath("$.title")
          .isEqualTo("Not found")
          .jsonPath("$.status")
          .isEqualTo(404);
    }

    @Test
    void listsProjectsPageByPageWithACursor() {
      var official = withRoles("OFFICIAL");
      for (int i = 0; i < 3; i++) {
        project(official, "Listed " + i);
      }
      org.awaitility.Awaitility.await()
          .untilAsserted(
              () -> {
                var first =
                    http.get()
                        .uri("/api/projects?limit=2")
                        .exchange()
                        .expectStatus()
                        .isOk()
                        .expectBody(Map.class)
                        .returnResult()
                        .getResponseBody();
                assertThat((List<?>) first.get("items")).hasSize(2);
                assertThat(first.get("next")).isNotNull();
                var second =
                    http.get()
                        .uri("/api/projects?limit=2&cursor={c}", first.get("next"))
                        .exchange()
                        .expectStatus()
                        .isOk()
                        .expectBody(Map.class)
                        .returnResult()
                        .getResponseBody();
                assertThat((List<?>) second.get("items")).isNotEmpty();
              });
    }

    @Test
    void listsEachProjectWithItsActivity() {
      var official = withRoles("OFFICIAL");
      var project = project(official, "Busy");
      var statements = deliberating(official, project, 2);
      for (var voter : List.of(citizen(), citizen(), citizen())) {
        for (var statement : statements) {
          vote(voter, project, statement, "AGREE");
        }
      }
      org.awaitility.Awaitility.await()
          .untilAsserted(
              () -> {
                var list =
                    http.get()
                        .uri("/api/projects?limit=200")
                        .exchange()
                        .expectStatus()
                        .isOk()
                        .expectBody(Map.class)
                        .returnResult()
                        .getResponseBody();
                @SuppressWarnings("unchecked")
                var items = (List<Map<String, Object>>) list.get("items");
                var busy =
                    items.stream()
                        .filter(item -> project.equals(item.get("id")))
                        .findFirst()
                        .orElseThrow();
                assertThat(busy)
                    .containsEntry("title", "Busy")
                    .containsEntry("stage", "DELIBERATION")
                    .containsEntry("participants", 3)
                    .containsEntry("votes", 6);
              });
    }

    @Test
    void refusesACursorItDidNotGive() {
      http.get()
          .uri("/api/projects?cursor=forged")
          .exchange()
          .expectStatus()
          .isBadRequest()
          .expectBody()
          .jsonPath("$.errors[0].field")
          .isEqualTo("cursor");
    }
  }

  @Nested
  class Stages {

    @Test
    void movesForwardOneStageAtATimeAndRecordsTheTimeline() {
      var official = withRoles("OFFICIAL");
      var id = project(official, "Staged");

      stageRequest(official, id, Map.of("stage", "DELIBERATION", "note", "Open for views"))
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.stage")
          .isEqualTo("DELIBERATION")
          .jsonPath("$.stages[1].note")
          .isEqualTo("Open for views");
    }

    @Test
    void refusesToSkipAStageSayingWhichComesNext() {
      var official = withRoles("OFFICIAL");
      var id = project(official, "Skipping");

      stageRequest(official, id, Map.of("stage", "DECIDED"))
          .expectStatus()
          .isEqualTo(422)
          .expectHeader()
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .jsonPath("$.detail")
          .isEqualTo("A project in DRAFT cannot move to DECIDED; its next stage is DELIBERATION.");
    }

    @Test
    void refusesAStageChangeByACitizen() {
      var id = project(withRoles("OFFICIAL"), "Citizen stage");
      stageRequest(citizen(), id, Map.of("stage", "DELIBERATION")).expectStatus().isForbidden();
    }

    @Test
    void aModeratorMayMoveTheStageToo() {
      var id = project(withRoles("OFFICIAL"), "Moderated stage");
      stageRequest(withRoles("MODERATOR"), id, Map.of("stage", "DELIBERATION"))
          .expectStatus()
          .isOk();
    }

    @Test
    void refusesAnUnknownStageNamingTheField() {
      var official = withRoles("OFFICIAL");
      var id = project(official, "Unknown stage");
      stageRequest(official, id, Map.of("stage", "FINISHED"))
          .expectStatus()
          .isBadRequest()
          .expectBody()
          .jsonPath("$.errors[0].field")
          .isEqualTo("stage");
    }
  }

  @Nested
  class Responses {

    @Test
    void anOfficialPublishesARenderedResponse() {
      var official = withRoles("OFFICIAL");
      var id = project(official, "Answered");

      http.post()
          .uri("/api/projects/{id}/responses", id)
          .header(HttpHeaders.AUTHORIZATION, official.bearer())
          .bodyValue(Map.of("markdown", "We **will** build it. <script>alert(1)</script>"))
          .exchange()
          .expectStatus()
          .isCreated()
          .expectBody()
          .jsonPath("$.html")
          .value(
              html ->
                  assertThat((String) html)
                      .contains("<strong>will</strong>")
                      .doesNotContain("<script"));

      http.get()
          .uri("/api/projects/{id}", id)
          .exchange()
          .expectBody()
          .jsonPath("$.responses.length()")
          .isEqualTo(1);
    }

    @Test
    void onlyOfficialsPublishResponses() {
      var id = project(withRoles("OFFICIAL"), "Not answered by a moderator");
      http.post()
          .uri("/api/projects/{id}/responses", id)
          .header(HttpHeaders.AUTHORIZATION, withRoles("MODERATOR").bearer())
          .bodyValue(Map.of("markdown", "Yes"))
          .exchange()
          .expectStatus()
          .isForbidden();
    }
  }

  /** Asks to move project {@code id} to another stage as {@code by}, with this body. */
  private WebTestClient.ResponseSpec stageRequest(Session by, String id, Map<String, String> body) {
    return http.post()
        .uri("/api/projects/{id}/stage", id)
        .header(HttpHeaders.AUTHORIZATION, by.bearer())
        .bodyValue(body)
        .exchange();
  }

  private String slugOf(String id) {
    return (String)
        http.get()
            .uri("/api/projects/{id}", id)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody()
            .get("slug");
  }
}
