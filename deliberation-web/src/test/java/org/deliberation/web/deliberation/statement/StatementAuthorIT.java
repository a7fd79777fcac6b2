package org.deliberation.web.deliberation.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.deliberation.web.testing.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/** Who said what, over HTTP: the author's capacity on every statement, their edit and their withdrawal. */
class StatementAuthorIT extends ApiTestSupport {

  private int edit(Session by, String project, String statement, Object body) {
    return writeStatus(
        HttpMethod.PUT, by, body, "/api/projects/{id}/statements/{sid}", project, statement);
  }

  private int withdraw(Session by, String project, String statement) {
    return writeStatus(
        HttpMethod.DELETE, by, null, "/api/projects/{id}/statements/{sid}", project, statement);
  }

  @SuppressWarnings("unchecked")
  private List<Object> ids(String project) {
    return ((List<Map<String, Object>>)
            readJson("/api/projects/{id}/statements", project).get("items"))
        .stream().map(item -> item.get("id")).toList();
  }

  @Test
  void everyStatementSaysInWhatCapacityItsAuthorWroteItAndAViewpointItsExpertAndInterests() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Who said what");
    var byCitizen = contribution(citizen(), project, "A citizen's words.");
    var byOfficial = contribution(official, project, "The council's words.");
    var expert = withRoles("EXPERT");
    var viewpoint =
        statement(
            expert,
            project,
            Map.of(
                "text", "An expert's words.",
                "kind", "VIEWPOINT",
                "stance", "FOR",
                "interests", "Paid by the builders' federation."));

    assertThat(readJson("/api/projects/{id}/statements/{sid}", project, byCitizen))
        .containsEntry("authorRole", "CITIZEN");
    assertThat(readJson("/api/projects/{id}/statements/{sid}", project, byOfficial))
        .containsEntry("authorRole", "AUTHORITY");
    assertThat(readJson("/api/projects/{id}/statements/{sid}", project, viewpoint))
        .containsEntry("authorRole", "EXPERT")
        .containsEntry("authorName", expert.displayName())
        .containsEntry("interests", "Paid by the builders' federation.");
  }

  @Test
  void theAuthorEditsUntilTheFirstVoteAndSearchFindsTheNewWordsOnly() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Edits");
    var author = citizen();
    var statement = contribution(author, project, "Plant cherrytrees along the avenue.");
    stage(official, project, "DELIBERATION");

    assertThat(edit(citizen(), project, statement, Map.of("text", "Mine now"))).isEqualTo(403);
    assertThat(edit(author, project, statement, Map.of("text", " "))).isEqualTo(400);
    assertThat(edit(author, project, statement, Map.of("text", "\u200B"))).isEqualTo(400);
    assertThat(edit(author, project, statement, Map.of("text", "x".repeat(1001)))).isEqualTo(400);
    assertThat(edit(author, project, "no-such-statement", Map.of("text", "x"))).isEqualTo(404);
    assertThat(
            edit(author, project, statement, Map.of("text", "Plant lindentrees along the avenue.")))
        .isEqualTo(200);
    assertThat(readJson("/api/projects/{id}/statements/{sid}", project, statement))
        .containsEntry("text", "Plant lindentrees along the avenue.");
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              assertThat(readJson("/api/search?q=lindentrees").get("total")).isEqualTo(1);
              assertThat(readJson("/api/search?q=cherrytrees").get("total")).isEqualTo(0);
            });

    vote(citizen(), project, statement, "AGREE");
    await()
        .untilAsserted(
            () ->
                assertThat(edit(author, project, statement, Map.of("text", "Plant oaks.")))
                    .as("once it has a vote")
                    .isEqualTo(409));
  }

  @Test
  @SuppressWarnings("unchecked")
  void theAuthorWithdrawsAtAnyTimeItLeavesTheListsTheSynthesisAndSearchButNotThePast() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Withdrawals");
    var author = citizen();
    var shared = contribution(author, project, "Open the marmalade library on sundays.");
    var other = contribution(author, project, "Extend the bus line.");
    stage(official, project, "DELIBERATION");
    for (int p = 0; p < 8; p++) {
      var voter = citizen();
      vote(voter, project, shared, "AGREE");
      vote(voter, project, other, p % 2 == 0 ? "AGREE" : "DISAGREE");
    }
    awaitConsensus(project, shared);
    await()
        .untilAsserted(
            () -> assertThat(readJson("/api/search?q=marmalade").get("total")).isEqualTo(1));
    var beforeWithdrawal = Instant.now();

    assertThat(withdraw(citizen(), project, shared)).isEqualTo(403);
    assertThat(withdraw(author, project, "no-such-statement")).isEqualTo(404);
    assertThat(withdraw(author, project, shared)).isEqualTo(204);
    assertThat(withdraw(author, project, shared)).as("already withdrawn").isEqualTo(409);

    assertThat(readJson("/api/projects/{id}/statements/{sid}", project, shared))
        .containsEntry("withdrawn", true)
        .containsEntry("hidden", false)
        .doesNotContainKey("text");
    var voteStatus =
        http.put()
            .uri("/api/projects/{id}/statements/{sid}/vote", project, shared)
            .header(HttpHeaders.AUTHORIZATION, citizen().bearer())
            .bodyValue(Map.of("vote", "AGREE"))
            .exchange()
            .expectBody()
            .returnResult()
            .getStatus()
            .value();
    assertThat(voteStatus).as("no vote on a withdrawn statement").isGreaterThanOrEqualTo(400);
    assertThat(edit(author, project, shared, Map.of("text", "Back again"))).isEqualTo(409);
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              assertThat(ids(project)).containsExactly(other);
              var synthesis = readJson("/api/projects/{id}/synthesis", project);
              assertThat(synthesis.toString()).doesNotContain(shared);
              assertThat(readJson("/api/search?q=marmalade").get("total")).isEqualTo(0);
            });
    var past =
        readJson("/api/projects/{id}/synthesis?at={at}", project, beforeWithdrawal.toString());
    assertThat((List<Map<String, Object>>) past.get("consensus"))
        .extracting(item -> item.get("statement"))
        .contains(shared);
  }
}
