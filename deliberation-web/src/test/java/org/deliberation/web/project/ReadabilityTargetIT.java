package org.deliberation.web.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;
import org.deliberation.web.testing.ApiTestSupport;
import org.deliberation.web.testing.PageClient;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** A project's readability target: who may set it, what it refuses, and the pages it marks "hard to read". */
class ReadabilityTargetIT extends ApiTestSupport {

  private static final String EASY = "# Cats\n\nThe cat sat on the mat. It was warm.\n";

  private static final String HARD =
      "# Plan\n\nThe Australian platypus is seemingly a hybrid of a mammal and reptilian creature.\n";

  @Test
  void anOfficialSetsItAndThePagesHarderThanItAreMarked() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Readability target");
    page(official, project, "cats", EASY);
    page(official, project, "plan", HARD);

    var view =
        target(official, project, "STANDARD")
            .expectStatus()
            .isOk()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    assertThat(view).containsEntry("readabilityTarget", "STANDARD");

    await()
        .untilAsserted(
            () -> {
              var pages =
                  (List<Map<String, Object>>)
                      http.get()
                          .uri("/api/projects/{id}", project)
                          .exchange()
                          .expectBody(Map.class)
                          .returnResult()
                          .getResponseBody()
                          .get("pages");
              assertThat(pages)
                  .extracting(
                      p -> p.get("name"), p -> p.get("hardToRead"), p -> p.get("readabilityLevel"))
                  .containsExactly(
                      org.assertj.core.groups.Tuple.tuple("cats", false, "VERY_EASY"),
                      org.assertj.core.groups.Tuple.tuple("plan", true, "DIFFICULT"));
            });
    var slug = (String) view.get("slug");
    var projectPage = new PageClient(http).get("/projects/" + slug).html();
    assertThat(projectPage.select("#pages li:has(.hard-to-read) a").text()).isEqualTo("Plan");
    assertThat(
            new PageClient(http)
                .language("fr")
                .get("/projects/" + slug)
                .html()
                .select(".hard-to-read")
                .text())
        .isEqualTo("difficile à lire");

    // A lower target: the plan is still harder; the lowest: nothing is.
    target(official, project, "VERY_DIFFICULT").expectStatus().isOk();
    assertThat(new PageClient(http).get("/projects/" + slug).html().select(".hard-to-read"))
        .isEmpty();
  }

  @Test
  void anOfficialTakesItAwayAndNoPageIsMarkedAnyMore() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Readability target taken away");
    page(official, project, "plan", HARD);
    var slug =
        (String)
            target(official, project, "STANDARD")
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("slug");
    await()
        .untilAsserted(
            () ->
                assertThat(
                        new PageClient(http)
                            .get("/projects/" + slug)
                            .html()
                            .select(".hard-to-read"))
                    .isNotEmpty());

    http.delete()
        .uri("/api/projects/{id}/readability-target", project)
        .header(HttpHeaders.AUTHORIZATION, citizen().bearer())
        .exchange()
        .expectStatus()
        .isForbidden();
    var cleared =
        http.delete()
            .uri("/api/projects/{id}/readability-target", project)
            .header(HttpHeaders.AUTHORIZATION, official.bearer())
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    assertThat(cleared.get("readabilityTarget")).isNull();
    await()
        .untilAsserted(
            () ->
                assertThat(
                        new PageClient(http)
                            .get("/projects/" + slug)
                            .html()
                            .select(".hard-to-read"))
                    .isEmpty());
  }

  @Test
  void anOfficialSetsItFromTheProjectPageWithoutJavaScript() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Readability target page");
    var slug =
        (String)
            http.get()
                .uri("/api/projects/{id}", project)
                .exchange()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("slug");
    var browser = new PageClient(http).signedInAs(official);
    // Seven levels, and no target (chosen while there is none).
    var options = browser.get("/projects/" + slug).html().select("#readability-target option");
    assertThat(options).hasSize(8);
    assertThat(options.select("[selected]").val()).isEmpty();

    var set = browser.post("/projects/" + slug + "/readability-target", Map.of("level", "EASY"));

    assertThat(set.status().value()).isEqualTo(303);
    assertThat(
            browser
                .get("/projects/" + slug)
                .html()
                .select("#readability-target option[selected]")
                .val())
        .isEqualTo("EASY");
    // The empty choice takes it away.
    assertThat(
            browser
                .post("/projects/" + slug + "/readability-target", Map.of("level", ""))
                .status()
                .value())
        .isEqualTo(303);
    assertThat(
            browser
                .get("/projects/" + slug)
                .html()
                .select("#readability-target option[selected]")
                .val())
        .isEmpty();
    var citizenPage = new PageClient(http).signedInAs(citizen()).get("/projects/" + slug);
    assertThat(citizenPage.html().select("#readability-target")).isEmpty();
  }

  @Test
  void aModeratorMayACitizenMayNot() {
    var project = project(withRoles("OFFICIAL"), "Readability target rights");

    target(withRoles("MODERATOR"), project, "EASY").expectStatus().isOk();
    target(citizen(), project, "EASY")
        .expectStatus()
        .isForbidden()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .value(detail -> assertThat((String) detail).contains("readability target"));
  }

  @Test
  void anUnknownLevelIsABadRequestNamingTheField() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Readability target refusals");

    target(official, project, "LEGIBLE")
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("level");
    http.put()
        .uri("/api/projects/{id}/readability-target", project)
        .header(HttpHeaders.AUTHORIZATION, official.bearer())
        .bodyValue(Map.of())
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("level");
  }

  private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec target(
      Session who, String project, String level) {
    return http.put()
        .uri("/api/projects/{id}/readability-target", project)
        .header(HttpHeaders.AUTHORIZATION, who.bearer())
        .bodyValue(Map.of("level", level))
        .exchange();
  }

  private void page(Session author, String project, String name, String markdown) {
    http.put()
        .uri("/api/projects/{id}/pages/{page}", project, name)
        .header(HttpHeaders.AUTHORIZATION, author.bearer())
        .bodyValue(Map.of("markdown", markdown, "comment", "first"))
        .exchange()
        .expectStatus()
        .isCreated();
  }
}
