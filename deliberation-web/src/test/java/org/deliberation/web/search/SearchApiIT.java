package org.deliberation.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.deliberation.web.testing.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class SearchApiIT extends ApiTestSupport {

  private String frenchProject(Session official, String title) {
    return (String)
        http.post()
            .uri("/api/projects")
            .header(HttpHeaders.AUTHORIZATION, official.bearer())
            .bodyValue(
                Map.of(
                    "title",
                    title,
                    "question",
                    "Faut-il le faire ?",
                    "authority",
                    "Conseil municipal",
                    "language",
                    "fr"))
            .exchange()
            .expectStatus()
            .isCreated()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody()
            .get("id");
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> search(String query) {
    return http.get()
        .uri("/api/search?" + query)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> items(Map<String, Object> response) {
    return (List<Map<String, Object>>) response.get("items");
  }

  private static List<Object> ids(Map<String, Object> response) {
    return items(response).stream().map(item -> item.get("id")).toList();
  }

  private WebTestClient.ResponseSpec badSearch(String query) {
    return http.get()
        .uri("/api/search?" + query)
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void findsStatementsAndPagesInFrenchAndEnglishWithFiltersFacetsAndHighlights() {
    var official = withRoles("OFFICIAL");
    var project = frenchProject(official, "Rythmes scolaires");
    var citizen = citizen();
    var expert = withRoles("EXPERT");
    var ecole =
        contribution(citizen, project, "L'école du quartier doit ouvrir le mercredi matin.");
    var school =
        contribution(citizen, project, "The school canteen needs more staff on Wednesdays.");
    var viewpoint =
        statement(
            expert,
            project,
            Map.of(
                "text",
                "Les écoles rurales perdraient des élèves.",
                "kind",
                "VIEWPOINT",
                "stance",
                "AGAINST",
                "sources",
                List.of("https://example.org/etude")));
    http.put()
        .uri("/api/projects/{id}/pages/contexte", project)
        .header(HttpHeaders.AUTHORIZATION, citizen.bearer())
        .bodyValue(
            Map.of(
                "markdown",
                "# Contexte\n\nLa réforme touche chaque école.\n\n## Budget\n\nLe budget des"
                    + " cantines augmente.\n",
                "comment",
                "first"))
        .exchange()
        .expectStatus()
        .isCreated();

    await()
        .untilAsserted(
            () ->
                assertThat(ids(search("q=écoles&project=" + project)))
                    .contains(ecole, viewpoint, "contexte#contexte"));
    var french = search("q=écoles&project=" + project);
    var first =
        items(french).stream()
            .filter(item -> item.get("id").equals(ecole))
            .findFirst()
            .orElseThrow();
    assertThat(first).containsEntry("type", "statement").containsEntry("project", project);
    assertThat((String) first.get("snippet")).contains("<mark>");
    assertThat((Map<String, Object>) french.get("facets")).containsKey("types");

    assertThat(ids(search("q=schools&project=" + project))).containsExactly(school);
    assertThat(ids(search("q=ecole&type=viewpoint&project=" + project))).containsExactly(viewpoint);
    assertThat(ids(search("q=ecoles&stance=AGAINST&project=" + project)))
        .containsExactly(viewpoint);
    assertThat(ids(search("q=budget&type=page&project=" + project)))
        .containsExactly("contexte#budget");
    assertThat(ids(search("q=écoles&project=" + project + "&stage=DELIBERATION"))).isEmpty();
    assertThat(ids(search("q=écoles&project=" + project + "&stage=DRAFT"))).isNotEmpty();
    assertThat(ids(search("q=rythmes&type=project"))).contains(project);

    // Two results a page: the pages do not overlap and cover every hit.
    var seen = new ArrayList<Object>();
    var page = search("q=école&limit=2&project=" + project);
    long total = ((Number) page.get("total")).longValue();
    seen.addAll(ids(page));
    while (page.get("next") != null) {
      page = search("q=école&limit=2&project=" + project + "&cursor=" + page.get("next"));
      seen.addAll(ids(page));
    }
    assertThat(seen).doesNotHaveDuplicates().hasSize((int) total);

    http.get()
        .uri("/api/search/suggest?q=budg")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.items[*].title")
        .value(titles -> assertThat(titles.toString()).contains("Budget"));
  }

  @Test
  void
      searchesOnlyTheCurrentPageAndNeverHiddenStatementsButKeepsAnErasedAuthorsAsAFormerParticipants() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Harbour");
    var author = citizen();
    http.put()
        .uri("/api/projects/{id}/pages/plan", project)
        .header(HttpHeaders.AUTHORIZATION, author.bearer())
        .bodyValue(Map.of("markdown", "The ferry terminal moves north.", "comment", "first"))
        .exchange()
        .expectStatus()
        .isCreated();
    await().untilAsserted(() -> assertThat(ids(search("q=ferry&project=" + project))).hasSize(1));

    http.put()
        .uri("/api/projects/{id}/pages/plan", project)
        .header(HttpHeaders.AUTHORIZATION, author.bearer())
        .header(HttpHeaders.IF_MATCH, "\"1\"")
        .bodyValue(Map.of("markdown", "The marina moves north.", "comment", "second"))
        .exchange()
        .expectStatus()
        .isOk();
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () -> {
              assertThat(ids(search("q=ferry&project=" + project))).isEmpty();
              assertThat(ids(search("q=marina&project=" + project))).hasSize(1);
            });

    var moderator = withRoles("MODERATOR");
    var hidden = contribution(author, project, "Buy my kayaks at the harbour shop.");
    await()
        .untilAsserted(
            () -> assertThat(ids(search("q=kayaks&project=" + project))).containsExactly(hidden));
    http.post()
        .uri("/api/projects/{id}/statements/{sid}/moderation", project, hidden)
        .header(HttpHeaders.AUTHORIZATION, moderator.bearer())
        .bodyValue(Map.of("action", "HIDE", "reason", "Advertising"))
        .exchange()
        .expectStatus()
        .isOk();
    await().untilAsserted(() -> assertThat(ids(search("q=kayaks&project=" + project))).isEmpty());

    var leaving = citizen();
    var theirs = contribution(leaving, project, "Lighthouse tours every Sunday.");
    await()
        .untilAsserted(
            () ->
                assertThat(ids(search("q=lighthouse&project=" + project))).containsExactly(theirs));
    http.delete()
        .uri("/api/participants/{id}", leaving.id())
        .header(HttpHeaders.AUTHORIZATION, leaving.bearer())
        .exchange()
        .expectStatus()
        .isNoContent();
    // Erasure takes the name, not the statement: search agrees with the project page, the API and
    // the feed.
    await()
        .untilAsserted(
            () ->
                assertThat(
                        (List<Map<String, Object>>)
                            search("q=lighthouse&project=" + project).get("items"))
                    .singleElement()
                    .satisfies(
                        item ->
                            assertThat(item)
                                .containsEntry("id", theirs)
                                .containsEntry("author", "a former participant")));
  }

  @Test
  void findsTheNearCopiesOfATalkingPoint() {
    var project = project(withRoles("OFFICIAL"), "Stadium");
    var original =
        contribution(
            citizen(),
            project,
            "The new stadium will bring thousands of jobs and millions in tax revenue to our town every year.");
    var copy1 =
        contribution(
            citizen(),
            project,
            "The new stadium will bring thousands of jobs and millions in tax revenue to our city every year.");
    var copy2 =
        contribution(
            citizen(),
            project,
            "The new stadium would bring thousands of jobs and millions in tax revenue to our town each year.");
    var unrelated =
        contribution(
            citizen(),
            project,
            "The stadium parking will take the green space where children play on weekends.");
    await()
        .untilAsserted(
            () ->
                assertThat(
                        http.get()
                            .uri("/api/projects/{id}/statements/{sid}/similar", project, original)
                            .exchange()
                            .expectStatus()
                            .isOk()
                            .expectBody(Map.class)
                            .returnResult()
                            .getResponseBody()
                            .toString())
                    .contains(copy1, copy2)
                    .doesNotContain(unrelated, "id=" + original));
    http.get()
        .uri("/api/projects/{id}/statements/{sid}/similar", project, "no-such-statement")
        .exchange()
        .expectStatus()
        .isNotFound();
  }

  @Autowired EventProcessingConfiguration processing;

  @Test
  void theSiteKeepsServingWhileTheIndexIsBehind() {
    var search = processing.eventProcessor("search").orElseThrow();
    search.shutDown(); // as while a rebuild replays the events
    try {
      var project = project(withRoles("OFFICIAL"), "Behind");
      var statement = contribution(citizen(), project, "Unindexed yet.");
      http.get()
          .uri("/api/projects/{id}/statements/{sid}", project, statement)
          .exchange()
          .expectStatus()
          .isOk();
      http.get()
          .uri("/actuator/health")
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.status")
          .isEqualTo("UP");
      http.get()
          .uri("/api/search/status")
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.state")
          .value(state -> assertThat(state).isNotEqualTo("READY"));
    } finally {
      search.start();
    }
    await()
        .untilAsserted(
            () ->
                http.get()
                    .uri("/api/search/status")
                    .exchange()
                    .expectBody()
                    .jsonPath("$.state")
                    .isEqualTo("READY"));
  }

  @Test
  void refusesBadQueriesWithProblemsAndSurvivesHostileOnes() {
    badSearch("q=");
    badSearch("q=" + "long ".repeat(120).strip().replace(' ', '+'));
    http.get()
        .uri("/api/search?q=" + "long+".repeat(2000))
        .exchange()
        .expectStatus()
        .isEqualTo(414)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .value(detail -> assertThat((String) detail).contains("at most 8192"));
    badSearch("q=vote&type=poem").expectBody().jsonPath("$.errors[0].field").isEqualTo("type");
    badSearch("q=vote&stance=MAYBE").expectBody().jsonPath("$.errors[0].field").isEqualTo("stance");
    badSearch("q=vote&limit=0").expectBody().jsonPath("$.errors[0].field").isEqualTo("limit");
    badSearch("q=vote&cursor=not-a-cursor")
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("cursor");
    badSearch("q=vote&lang=de");
    http.get()
        .uri("/api/search/suggest?q=vo&limit=0")
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("limit");
    for (var hostile :
        List.of("\"unbalanced quote", "*a*b*c*d*", "(((((", "a AND OR NOT b", "\\\\", "-", "??")) {
      var status =
          http.get()
              .uri(uri -> uri.path("/api/search").queryParam("q", "{q}").build(hostile))
              .exchange()
              .expectBody()
              .returnResult()
              .getStatus()
              .value();
      assertThat(status).as(hostile).isIn(200, 400);
    }
    http.get()
        .uri("/api/search/status")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.state")
        .value(state -> assertThat(state).isIn("READY", "CATCHING_UP"));
  }
}
