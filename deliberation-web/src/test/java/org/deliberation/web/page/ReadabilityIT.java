package org.deliberation.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.deliberation.web.testing.ApiTestSupport;
import org.deliberation.web.testing.PageClient;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** Each page revision's readability: on the API's page view and history, in the editor's preview, in French too. */
class ReadabilityIT extends ApiTestSupport {

  private static final String PLATYPUS =
      "The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.";

  private static final String PLAIN = "# Cats\n\nThe cat sat on the mat. It was warm.\n";

  private static final String HARD =
      PLAIN
          + "\nThe committee, having considered the many representations received during the consultation"
          + " period from residents, businesses and associations, recommends that the council should"
          + " proceed with the proposed redevelopment subject to conditions.\n";

  @Test
  void thePageViewCarriesItsReadabilityCountedOnTheRenderedText() {
    var project = project(withRoles("OFFICIAL"), "Readability of a page");
    // the link's address and the code block are not prose: only the platypus sentence counts
    save(
        citizen(),
        project,
        "platypus",
        null,
        "[" + PLATYPUS + "](https://example.org/a/long/address)\n\n```\nnot prose at all\n```\n");

    var view = read("/api/projects/{p}/pages/platypus", project);

    var readability = (Map<String, Object>) view.get("readability");
    assertThat(readability)
        .containsEntry("score", 24.4)
        .containsEntry("grade", 13.1)
        .containsEntry("level", "VERY_DIFFICULT")
        .containsEntry("words", 13)
        .containsEntry("syllables", 26)
        .containsEntry("formula", "FLESCH");
    var hard = (List<Map<String, Object>>) readability.get("hardSentences");
    assertThat(hard).hasSize(1);
    assertThat(hard.getFirst())
        .containsEntry("text", PLATYPUS)
        .containsEntry("words", 13)
        .containsEntry("syllablesPerWord", 2.0)
        .containsEntry("hints", List.of("SHORTER_WORDS"));
    assertThat((List<String>) hard.getFirst().get("advice"))
        .containsExactly("Its words average 2.0 syllables: prefer short, everyday words.");
    assertThat(read("/api/projects/{p}/pages/platypus/revisions/1", project).get("readability"))
        .isEqualTo(readability);
  }

  @Test
  void aFrenchPageIsMeasuredByKandelAndMolesWithoutAGrade() {
    var project = frenchProject();
    save(citizen(), project, "chat", null, "Le chat dort. Il fait beau.\n");

    var readability =
        (Map<String, Object>) read("/api/projects/{p}/pages/chat", project).get("readability");

    assertThat(readability)
        .containsEntry("score", 130.4)
        .containsEntry("level", "VERY_EASY")
        .containsEntry("formula", "KANDEL_MOLES");
    assertThat(readability.get("grade")).isNull();
  }

  @Test
  void theHistorySaysWhetherEachEditMadeThePageEasierOrHarder() {
    var project = project(withRoles("OFFICIAL"), "Readability history");
    var author = citizen();
    save(author, project, "cats", null, PLAIN);
    save(author, project, "cats", "\"1\"", HARD);
    save(author, project, "cats", "\"2\"", PLAIN);

    var items =
        (List<Map<String, Object>>)
            read("/api/projects/{p}/pages/cats/history", project).get("items");

    assertThat(items).hasSize(3);
    var first = items.get(2);
    var harder = items.get(1);
    var easier = items.get(0);
    assertThat(first.get("readabilityChange")).isNull();
    assertThat((Double) harder.get("readabilityChange")).isNegative();
    assertThat((Double) easier.get("readabilityChange"))
        .isEqualTo(-(Double) harder.get("readabilityChange"));
    assertThat(((Map<String, Object>) first.get("readability")).get("score"))
        .isEqualTo(((Map<String, Object>) easier.get("readability")).get("score"));

    var slug = (String) read("/api/projects/{p}", project).get("slug");
    var page = new PageClient(http).get("/projects/" + slug + "/pages/cats/history");
    assertThat(page.html().select(".readability-change .easier").text()).startsWith("easier (+");
    assertThat(page.html().select(".readability-change .harder").text()).startsWith("harder (-");
  }

  @Test
  void thePreviewShowsItWithTheHardestSentencesMarkedInEitherLanguage() {
    var project = project(withRoles("OFFICIAL"), "Readability preview");
    var slug = (String) read("/api/projects/{p}", project).get("slug");
    var browser = new PageClient(http).signedInAs(citizen());
    browser.get("/projects/" + slug + "/pages/plan/edit"); // the editor, and its form token

    var preview =
        browser.post(
            "/projects/" + slug + "/pages/plan/edit",
            Map.of("base", "0", "action", "preview", "markdown", HARD, "comment", ""));

    assertThat(preview.status().value()).as(preview.body()).isEqualTo(200);
    var html = preview.html();
    assertThat(html.select(".preview article mark").text()).startsWith("The committee, having");
    assertThat(html.select(".preview article mark")).hasSize(1);
    assertThat(html.select(".readability .readability-score").text()).contains("reading ease");
    assertThat(html.select(".hard-sentences > li").text())
        .contains("The committee")
        .contains("Split it")
        .contains("shorter, everyday words");

    var inFrench = new PageClient(http).language("fr").signedInAs(citizen());
    inFrench.get("/projects/" + slug + "/pages/plan/edit");
    var french =
        inFrench.post(
            "/projects/" + slug + "/pages/plan/edit",
            Map.of("base", "0", "action", "preview", "markdown", HARD, "comment", ""));
    assertThat(french.html().select(".readability h2").text()).isEqualTo("Facilité de lecture");
    assertThat(french.html().select(".hard-sentences > li").text()).contains("Coupez-la");
  }

  private String frenchProject() {
    return (String)
        http.post()
            .uri("/api/projects")
            .header(HttpHeaders.AUTHORIZATION, withRoles("OFFICIAL").bearer())
            .bodyValue(
                Map.of(
                    "title",
                    "Lisibilité",
                    "question",
                    "Faut-il ?",
                    "authority",
                    "Mairie",
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

  private void save(Session author, String project, String page, String ifMatch, String markdown) {
    var request =
        http.put()
            .uri("/api/projects/{p}/pages/{page}", project, page)
            .header(HttpHeaders.AUTHORIZATION, author.bearer());
    if (ifMatch != null) {
      request = request.header(HttpHeaders.IF_MATCH, ifMatch);
    }
    request
        .bodyValue(Map.of("markdown", markdown, "comment", "an edit"))
        .exchange()
        .expectStatus()
        .is2xxSuccessful();
  }

  private Map<String, Object> read(String uri, String project) {
    return http.get()
        .uri(uri, project)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
  }
}
