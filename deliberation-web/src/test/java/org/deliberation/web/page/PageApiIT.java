package org.deliberation.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.deliberation.web.testing.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class PageApiIT extends ApiTestSupport {

  private static final String BASE =
      "# Costs\n\nThe hall costs 4 M€.\nIt opens in 2028.\nIt seats 800.\n\nSources below.\n";

  private Session editor;
  private String project;

  @BeforeEach
  void aProjectWithAnEditor() {
    editor = citizen();
    project = project(withRoles("OFFICIAL"), "Pages of a hall");
  }

  private WebTestClient.ResponseSpec put(String page, String ifMatch, String markdown) {
    var request =
        http.put()
            .uri("/api/projects/{p}/pages/{page}", project, page)
            .header(HttpHeaders.AUTHORIZATION, editor.bearer());
    if (ifMatch != null) {
      request = request.header(HttpHeaders.IF_MATCH, ifMatch);
    }
    return request.bodyValue(Map.of("markdown", markdown, "comment", "an edit")).exchange();
  }

  @Nested
  class Editing {

    @Test
    void createsAPageWithoutIfMatchAndGivesItsRevisionAsETag() {
      put("costs", null, BASE)
          .expectStatus()
          .isCreated()
          .expectHeader()
          .valueEquals(HttpHeaders.ETAG, "\"1\"")
          .expectBody()
          .jsonPath("$.revision")
          .isEqualTo(1)
          .jsonPath("$.merged")
          .isEqualTo(false);

      http.get()
          .uri("/api/projects/{p}/pages/costs", project)
          .exchange()
          .expectStatus()
          .isOk()
          .expectHeader()
          .valueEquals(HttpHeaders.ETAG, "\"1\"")
          .expectBody()
          .jsonPath("$.title")
          .isEqualTo("Costs")
          .jsonPath("$.markdown")
          .isEqualTo(BASE)
          .jsonPath("$.html")
          .value(html -> assertThat((String) html).contains("<h1>Costs</h1>"))
          .jsonPath("$.contributors[0]")
          .isEqualTo(editor.displayName());
    }

    @Test
    void refusesAnEditWithoutIfMatchWith428() {
      put("costs", null, BASE).expectStatus().isCreated();

      put("costs", null, "something else")
          .expectStatus()
          .isEqualTo(428)
          .expectHeader()
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .jsonPath("$.detail")
          .value(detail -> assertThat((String) detail).contains("If-Match"));
    }

    @Test
    void editsTheLatestRevision() {
      put("costs", null, BASE).expectStatus().isCreated();

      put("costs", "\"1\"", BASE.replace("4 M€", "5 M€"))
          .expectStatus()
          .isOk()
          .expectHeader()
          .valueEquals(HttpHeaders.ETAG, "\"2\"")
          .expectBody()
          .jsonPath("$.revision")
          .isEqualTo(2)
          .jsonPath("$.merged")
          .isEqualTo(false);
    }

    @Test
    void mergesAnEditOfAnOlderRevisionThatDoesNotOverlap() {
      put("costs", null, BASE).expectStatus().isCreated();
      put("costs", "\"1\"", BASE.replace("4 M€", "5 M€")).expectStatus().isOk();

      put("costs", "\"1\"", BASE.replace("800", "900"))
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.revision")
          .isEqualTo(3)
          .jsonPath("$.merged")
          .isEqualTo(true);

      http.get()
          .uri("/api/projects/{p}/pages/costs", project)
          .exchange()
          .expectBody()
          .jsonPath("$.markdown")
          .isEqualTo(BASE.replace("4 M€", "5 M€").replace("800", "900"));
    }

    @Test
    void refusesAnOverlappingEditWith412AndTheConflictingHunks() {
      put("costs", null, BASE).expectStatus().isCreated();
      put("costs", "\"1\"", BASE.replace("4 M€", "5 M€")).expectStatus().isOk();

      put("costs", "\"1\"", BASE.replace("4 M€", "6 M€"))
          .expectStatus()
          .isEqualTo(412)
          .expectHeader()
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .jsonPath("$.conflict.baseRevision")
          .isEqualTo(1)
          .jsonPath("$.conflict.latestRevision")
          .isEqualTo(2)
          .jsonPath("$.conflict.hunks[0].current[0]")
          .isEqualTo("The hall costs 5 M€.")
          .jsonPath("$.conflict.hunks[0].yours[0]")
          .isEqualTo("The hall costs 6 M€.")
          .jsonPath("$.conflict.hunks[0].base[0]")
          .isEqualTo("The hall costs 4 M€.")
          .jsonPath("$.conflict.diff")
          .value(diff -> assertThat((String) diff).contains("+The hall costs 5 M€."));

      http.get()
          .uri("/api/projects/{p}/pages/costs", project)
          .exchange()
          .expectHeader()
          .valueEquals(HttpHeaders.ETAG, "\"2\"");
    }

    @Test
    void refusesAnIfMatchNamingARevisionThatDoesNotExist() {
      put("costs", null, BASE).expectStatus().isCreated();

      put("costs", "\"7\"", "x")
          .expectStatus()
          .isEqualTo(412)
          .expectBody()
          .jsonPath("$.latestRevision")
          .isEqualTo(1);
    }

    @Test
    void refusesAMalformedIfMatch() {
      put("costs", null, BASE).expectStatus().isCreated();

      put("costs", "yesterday", "x")
          .expectStatus()
          .isBadRequest()
          .expectBody()
          .jsonPath("$.errors[0].field")
          .isEqualTo("If-Match");
    }

    @Test
    void refusesATextOverTheSizeLimitWith413() {
      put("costs", null, "a".repeat(70_000))
          .expectStatus()
          .isEqualTo(413)
          .expectHeader()
          .contentType(MediaType.APPLICATION_PROBLEM_JSON);

      http.get()
          .uri("/api/projects/{p}/pages/costs", project)
          .exchange()
          .expectStatus()
          .isNotFound();
    }

    @Test
    void refusesAnInvalidPageName() {
      put("Costs & Fees", null, BASE).expectStatus().isBadRequest();
    }

    @Test
    void refusesAnEditCommentWithAnInvisibleOrDirectionChangingCharacter() {
      http.put()
          .uri("/api/projects/{p}/pages/costs", project)
          .header(HttpHeaders.AUTHORIZATION, editor.bearer())
          .bodyValue(Map.of("markdown", BASE, "comment", "typo\u202E fixed"))
          .exchange()
          .expectStatus()
          .isBadRequest()
          .expectHeader()
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .jsonPath("$.errors[0].field")
          .isEqualTo("comment");
    }

    @Test
    void anEditThatChangesNothingRecordsNoRevision() {
      put("costs", null, BASE).expectStatus().isCreated();
      put("costs", "\"1\"", BASE)
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.revision")
          .isEqualTo(1);
    }

    @Test
    void rendersHostileMarkdownSafely() {
      put(
              "costs",
              null,
              "<script>alert(1)</script>\n\n[x](javascript:alert(1)) ![y](data:image/png;base64,AA)")
          .expectStatus()
          .isCreated();

      http.get()
          .uri("/api/projects/{p}/pages/costs", project)
          .exchange()
          .expectBody()
          .jsonPath("$.html")
          .value(
              html ->
                  assertThat((String) html)
                      .doesNotContain("<script")
                      .doesNotContain("javascript:")
                      .doesNotContain("data:"));
    }
  }

  @Nested
  class History {

    @BeforeEach
    void threeRevisions() {
      put("costs", null, BASE).expectStatus().isCreated();
      put("costs", "\"1\"", BASE.replace("4 M€", "5 M€")).expectStatus().isOk();
      put("costs", "\"2\"", BASE.replace("4 M€", "5 M€") + "A new line.\n").expectStatus().isOk();
    }

    @Test
    void listsRevisionsNewestFirstWithLineCounts() {
      http.get()
          .uri("/api/projects/{p}/pages/costs/history", project)
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.items.length()")
          .isEqualTo(3)
          .jsonPath("$.items[0].revision")
          .isEqualTo(3)
          .jsonPath("$.items[0].added")
          .isEqualTo(1)
          .jsonPath("$.items[0].removed")
          .isEqualTo(0)
          .jsonPath("$.items[1].added")
          .isEqualTo(1)
          .jsonPath("$.items[1].removed")
          .isEqualTo(1)
          .jsonPath("$.items[2].author")
          .isEqualTo(editor.displayName())
          .jsonPath("$.items[2].comment")
          .isEqualTo("an edit");
    }

    @Test
    void showsAnyRevision() {
      http.get()
          .uri("/api/projects/{p}/pages/costs/revisions/1", project)
          .exchange()
          .expectStatus()
          .isOk()
          .expectHeader()
          .valueEquals(HttpHeaders.ETAG, "\"1\"")
          .expectBody()
          .jsonPath("$.markdown")
          .isEqualTo(BASE);

      http.get()
          .uri("/api/projects/{p}/pages/costs/revisions/9", project)
          .exchange()
          .expectStatus()
          .isNotFound()
          .expectBody()
          .jsonPath("$.detail")
          .value(detail -> assertThat((String) detail).contains("from 1 to 3"));
    }

    @Test
    void diffsTwoRevisionsAsHunksOrAsAUnifiedDiff() {
      http.get()
          .uri("/api/projects/{p}/pages/costs/diff?from=1&to=2", project)
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.hunks[0].lines[?(@.kind == 'REMOVED')].text")
          .isEqualTo(List.of("The hall costs 4 M€."))
          .jsonPath("$.hunks[0].lines[?(@.kind == 'ADDED')].text")
          .isEqualTo(List.of("The hall costs 5 M€."));

      var unified =
          http.get()
              .uri("/api/projects/{p}/pages/costs/diff?from=1&to=3", project)
              .accept(MediaType.parseMediaType("text/x-diff"))
              .exchange()
              .expectStatus()
              .isOk()
              .expectHeader()
              .contentTypeCompatibleWith(MediaType.parseMediaType("text/x-diff"))
              .expectBody(String.class)
              .returnResult()
              .getResponseBody();
      assertThat(unified)
          .startsWith("--- costs@1\n+++ costs@3\n@@ -1,7 +1,8 @@\n")
          .contains("-The hall costs 4 M€.\n+The hall costs 5 M€.\n")
          .contains("+A new line.\n");
    }

    @Test
    void revertsAsANewRevision() {
      http.post()
          .uri("/api/projects/{p}/pages/costs/revert", project)
          .header(HttpHeaders.AUTHORIZATION, editor.bearer())
          .bodyValue(Map.of("revision", 1, "comment", "back to the start"))
          .exchange()
          .expectStatus()
          .isOk()
          .expectHeader()
          .valueEquals(HttpHeaders.ETAG, "\"4\"");

      http.get()
          .uri("/api/projects/{p}/pages/costs", project)
          .exchange()
          .expectBody()
          .jsonPath("$.markdown")
          .isEqualTo(BASE)
          .jsonPath("$.revision")
          .isEqualTo(4);
      http.get()
          .uri("/api/projects/{p}/pages/costs/history", project)
          .exchange()
          .expectBody()
          .jsonPath("$.items[0].kind")
          .isEqualTo("reverted")
          .jsonPath("$.items[0].comment")
          .isEqualTo("back to the start");
    }

    @Test
    void showsThePageAsItStoodAtAnInstant() {
      var history =
          http.get()
              .uri("/api/projects/{p}/pages/costs/history", project)
              .exchange()
              .expectBody(Map.class)
              .returnResult()
              .getResponseBody();
      var items = (List<Map<String, Object>>) history.get("items");
      var secondAt = Instant.parse((String) items.get(1).get("at"));

      http.get()
          .uri("/api/projects/{p}/pages/costs?at={at}", project, secondAt.toString())
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.revision")
          .isEqualTo(2);
      http.get()
          .uri("/api/projects/{p}/pages/costs?at={at}", project, "2000-01-01T00:00:00Z")
          .exchange()
          .expectStatus()
          .isNotFound();
      http.get()
          .uri("/api/projects/{p}/pages/costs?at=yesterday", project)
          .exchange()
          .expectStatus()
          .isBadRequest()
          .expectBody()
          .jsonPath("$.errors[0].field")
          .isEqualTo("at");
    }

    @Test
    void listsThePageInItsProject() {
      org.awaitility.Awaitility.await()
          .untilAsserted(
              () ->
                  http.get()
                      .uri("/api/projects/{p}", project)
                      .exchange()
                      .expectBody()
                      .jsonPath("$.pages[0].name")
                      .isEqualTo("costs")
                      .jsonPath("$.pages[0].title")
                      .isEqualTo("Costs")
                      .jsonPath("$.pages[0].revision")
                      .isEqualTo(3));
    }
  }

  @Nested
  class OnceTheProjectIsDecided {

    @Test
    void itsPagesAreReadOnlyExceptToOfficialsAndModerators() {
      var official = withRoles("OFFICIAL");
      var decided = project(official, "Decided hall");
      http.put()
          .uri("/api/projects/{p}/pages/costs", decided)
          .header(HttpHeaders.AUTHORIZATION, editor.bearer())
          .bodyValue(Map.of("markdown", BASE, "comment", "first"))
          .exchange()
          .expectStatus()
          .isCreated();
      for (var next : List.of("DELIBERATION", "SYNTHESIS", "DECIDED")) {
        stage(official, decided, next);
      }

      var refusals =
          List.of(
              http.put()
                  .uri("/api/projects/{p}/pages/costs", decided)
                  .header(HttpHeaders.AUTHORIZATION, editor.bearer())
                  .header(HttpHeaders.IF_MATCH, "\"1\"")
                  .bodyValue(Map.of("markdown", BASE + "More.\n", "comment", ""))
                  .exchange(),
              http.put()
                  .uri("/api/projects/{p}/pages/other", decided)
                  .header(HttpHeaders.AUTHORIZATION, editor.bearer())
                  .bodyValue(Map.of("markdown", "# Other\n", "comment", ""))
                  .exchange(),
              http.post()
                  .uri("/api/projects/{p}/pages/costs/revert", decided)
                  .header(HttpHeaders.AUTHORIZATION, editor.bearer())
                  .bodyValue(Map.of("revision", 1))
                  .exchange());
      for (var refused : refusals) {
        refused
            .expectStatus()
            .isForbidden()
            .expectHeader()
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.status")
            .isEqualTo(403)
            .jsonPath("$.title")
            .isEqualTo("Pages are read-only")
            .jsonPath("$.detail")
            .value(
                detail ->
                    assertThat((String) detail)
                        .contains("decided")
                        .contains("ask one of the project's officials or a moderator"));
      }
      http.get()
          .uri("/api/projects/{p}/pages/costs", decided)
          .exchange()
          .expectBody()
          .jsonPath("$.revision")
          .isEqualTo(1);

      http.put()
          .uri("/api/projects/{p}/pages/costs", decided)
          .header(HttpHeaders.AUTHORIZATION, official.bearer())
          .header(HttpHeaders.IF_MATCH, "\"1\"")
          .bodyValue(Map.of("markdown", BASE + "Decided.\n", "comment", ""))
          .exchange()
          .expectStatus()
          .isOk()
          .expectHeader()
          .valueEquals(HttpHeaders.ETAG, "\"2\"");
      http.post()
          .uri("/api/projects/{p}/pages/costs/revert", decided)
          .header(HttpHeaders.AUTHORIZATION, withRoles("MODERATOR").bearer())
          .bodyValue(Map.of("revision", 1))
          .exchange()
          .expectStatus()
          .isOk();
    }
  }
}
