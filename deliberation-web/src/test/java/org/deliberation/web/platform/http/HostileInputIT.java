package org.deliberation.web.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.util.Map;
import org.deliberation.web.testing.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Bad input of every kind gets a 4xx problem, never a 5xx or a stack trace, and changes nothing stored. */
class HostileInputIT extends ApiTestSupport {

  @Autowired MongoDatabase database;

  @Test
  void answersEveryKindOfBadInputWithAProblemAndStoresNothing() {
    var editor = citizen();
    var project = project(withRoles("OFFICIAL"), "Hostile");
    http.put()
        .uri("/api/projects/{p}/pages/page", project)
        .header(HttpHeaders.AUTHORIZATION, editor.bearer())
        .bodyValue(Map.of("markdown", "kept", "comment", ""))
        .exchange()
        .expectStatus()
        .isCreated();
    long before = database.getCollection("event_commits").countDocuments();

    var page = "/api/projects/" + project + "/pages/page";
    expectProblem(
        edit(page, editor, MediaType.APPLICATION_JSON, "{\"markdown\": \"unterminated"), 400);
    expectProblem(edit(page, editor, MediaType.APPLICATION_JSON, "{\"markdown\": 42}"), 400);
    expectProblem(edit(page, editor, MediaType.APPLICATION_JSON, "[1,2,3]"), 400);
    expectProblem(
        edit(
            page,
            editor,
            MediaType.APPLICATION_JSON,
            "{\"markdown\": \"" + "x".repeat(600_000) + "\"}"),
        413);
    expectProblem(edit(page, editor, MediaType.TEXT_PLAIN, "markdown"), 415);
    expectProblem(
        http.put()
            .uri(page)
            .header(HttpHeaders.AUTHORIZATION, "Bearer forged")
            .header(HttpHeaders.IF_MATCH, "\"1\"")
            .bodyValue(Map.of("markdown", "x"))
            .exchange(),
        401);
    expectProblem(
        http.put()
            .uri(page)
            .header(HttpHeaders.IF_MATCH, "\"1\"")
            .bodyValue(Map.of("markdown", "x"))
            .exchange(),
        401);
    expectProblem(
        http.put()
            .uri("/api/projects/nope/pages/page")
            .header(HttpHeaders.AUTHORIZATION, editor.bearer())
            .bodyValue(Map.of("markdown", "x"))
            .exchange(),
        404);
    expectProblem(
        http.delete().uri(page).header(HttpHeaders.AUTHORIZATION, editor.bearer()).exchange(), 405);
    expectProblem(
        http.get().uri("/api/projects/{p}/pages/page/revisions/abc", project).exchange(), 400);
    expectProblem(http.get().uri("/api/projects?limit=100000").exchange(), 400);

    assertThat(database.getCollection("event_commits").countDocuments()).isEqualTo(before);
    http.get().uri(page).exchange().expectBody().jsonPath("$.markdown").isEqualTo("kept");
  }

  /** An edit of the first revision, as the editor, with this body of this type. */
  private WebTestClient.ResponseSpec edit(
      String page, Session editor, MediaType type, String body) {
    return http.put()
        .uri(page)
        .header(HttpHeaders.AUTHORIZATION, editor.bearer())
        .header(HttpHeaders.IF_MATCH, "\"1\"")
        .contentType(type)
        .bodyValue(body)
        .exchange();
  }

  private static void expectProblem(WebTestClient.ResponseSpec response, int status) {
    response
        .expectStatus()
        .isEqualTo(status)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo(status)
        .jsonPath("$.title")
        .exists()
        .jsonPath("$.detail")
        .value(
            detail ->
                assertThat((String) detail)
                    .isNotBlank()
                    .doesNotContain("Exception")
                    .doesNotContain("at org.")
                    .doesNotContain("tools.jackson"))
        .jsonPath("$.trace")
        .doesNotExist();
  }
}
