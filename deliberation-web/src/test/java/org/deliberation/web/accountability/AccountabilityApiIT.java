package org.deliberation.web.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.deliberation.web.testing.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/** The authority's answers point by point, over HTTP: who answers, when, what, and how they read. */
class AccountabilityApiIT extends ApiTestSupport {

  private int answer(Session by, String project, String statement, Object body) {
    return writeStatus(
        HttpMethod.PUT, by, body, "/api/projects/{id}/commitments/{sid}", project, statement);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> point(Map<String, Object> accountability, String id) {
    return ((List<Map<String, Object>>) accountability.get("items"))
        .stream()
            .filter(item -> id.equals(item.get("statement")))
            .findFirst()
            .orElseThrow(() -> new AssertionError(id + " is not a point: " + accountability));
  }

  @Test
  @SuppressWarnings("unchecked")
  void anOfficialAnswersThePointsAsTheyStoodAndTheyReadBesideThemUntilDecided() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Answered point by point");
    var author = citizen();
    var shared = contribution(author, project, "Explain the decision in plain language.");
    var split = new ArrayList<String>();
    for (int i = 0; i < 4; i++) {
      split.add(contribution(author, project, "A divisive proposal number " + i));
    }
    var ignored = contribution(author, project, "Nobody votes on this one.");
    stage(official, project, "DELIBERATION");

    assertThat(readJson("/api/projects/{id}/accountability", project))
        .containsEntry("stage", "DELIBERATION")
        .containsEntry("items", List.of())
        .containsEntry("unanswered", 0);
    assertThat(answer(official, project, shared, Map.of("decision", "TAKEN_UP", "reason", "Yes")))
        .as("before SYNTHESIS")
        .isEqualTo(409);

    for (int p = 0; p < 20; p++) {
      var voter = citizen();
      vote(voter, project, shared, "AGREE");
      for (var statement : split) {
        vote(voter, project, statement, p % 2 == 0 ? "AGREE" : "DISAGREE");
      }
    }
    awaitConsensus(project, shared);
    stage(official, project, "SYNTHESIS");

    var atEntry = readJson("/api/projects/{id}/accountability", project);
    assertThat(atEntry).containsEntry("stage", "SYNTHESIS");
    assertThat(point(atEntry, shared))
        .containsEntry("list", "CONSENSUS")
        .containsEntry("text", "Explain the decision in plain language.")
        .containsEntry("unanswered", false)
        .doesNotContainKeys("decision", "reason", "decidedAt");
    assertThat((Map<String, Object>) point(atEntry, shared).get("atSynthesis"))
        .containsEntry("list", "CONSENSUS");
    var items = (List<Map<String, Object>>) atEntry.get("items");
    assertThat(items).extracting(item -> item.get("statement")).doesNotContain(ignored);
    assertThat(atEntry).containsEntry("unanswered", items.size());
    var dissent =
        split.stream()
            .filter(id -> items.stream().anyMatch(i -> id.equals(i.get("statement"))))
            .findFirst()
            .orElseThrow();
    assertThat(point(atEntry, dissent)).containsEntry("list", "DISSENT");

    // Refused: not an official, bad input, not a point, no such statement or project.
    var reason = Map.of("decision", "DEFERRED", "reason", "Studied with the budget.");
    assertThat(answer(citizen(), project, shared, reason)).isEqualTo(403);
    assertThat(answer(withRoles("ADMIN"), project, shared, reason)).isEqualTo(403);
    assertThat(answer(official, project, shared, Map.of("decision", "MAYBE", "reason", "x")))
        .isEqualTo(400);
    assertThat(answer(official, project, shared, Map.of("decision", "DEFERRED", "reason", " ")))
        .isEqualTo(400);
    assertThat(
            answer(official, project, shared, Map.of("decision", "DEFERRED", "reason", "\u200B")))
        .isEqualTo(400);
    assertThat(
            answer(
                official,
                project,
                shared,
                Map.of("decision", "DEFERRED", "reason", "a".repeat(2001))))
        .isEqualTo(400);
    assertThat(answer(official, project, shared, Map.of("reason", "no decision"))).isEqualTo(400);
    assertThat(answer(official, project, ignored, reason)).as("in neither list").isEqualTo(422);
    assertThat(answer(official, project, "no-such-statement", reason)).isEqualTo(404);
    assertThat(answer(official, "no-such-project", shared, reason)).isEqualTo(404);

    // Answered, then revised: the last answer is in force, both are in the history.
    var first =
        http.put()
            .uri("/api/projects/{id}/commitments/{sid}", project, shared)
            .header(HttpHeaders.AUTHORIZATION, official.bearer())
            .bodyValue(reason)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    assertThat(first)
        .containsEntry("statement", shared)
        .containsEntry("decision", "DEFERRED")
        .containsEntry("reason", "Studied with the budget.")
        .containsKey("decidedAt");
    assertThat(
            answer(
                official,
                project,
                shared,
                Map.of("decision", "TAKEN_UP", "reason", " In the 2027 budget. ")))
        .isEqualTo(200);
    var history =
        (List<Map<String, Object>>)
            readJson("/api/projects/{id}/commitments/{sid}/history", project, shared).get("items");
    assertThat(history)
        .extracting(item -> item.get("decision"))
        .containsExactly("DEFERRED", "TAKEN_UP");
    assertThat(point(readJson("/api/projects/{id}/accountability", project), shared))
        .containsEntry("decision", "TAKEN_UP")
        .containsEntry("reason", "In the 2027 budget.")
        .containsEntry("revisions", 2)
        .containsKey("decidedAt");

    // Its author withdraws the point: it left the synthesis now, not the points as they stood.
    http.delete()
        .uri("/api/projects/{id}/statements/{sid}", project, shared)
        .header(HttpHeaders.AUTHORIZATION, author.bearer())
        .exchange()
        .expectStatus()
        .isNoContent();
    await()
        .untilAsserted(
            () -> {
              var now = point(readJson("/api/projects/{id}/accountability", project), shared);
              assertThat(now).containsEntry("list", "CONSENSUS").doesNotContainKeys("now", "text");
              assertThat(now).containsKey("atSynthesis").containsEntry("decision", "TAKEN_UP");
            });

    // Once DECIDED, the points never answered are shown as such; they may still be answered.
    stage(official, project, "DECIDED");
    var decided = readJson("/api/projects/{id}/accountability", project);
    assertThat(point(decided, shared)).containsEntry("unanswered", false);
    assertThat(point(decided, dissent)).containsEntry("unanswered", true);
    assertThat(decided).containsEntry("unanswered", items.size() - 1);
    assertThat(
            answer(
                official,
                project,
                dissent,
                Map.of("decision", "REJECTED", "reason", "Divides the town.")))
        .isEqualTo(200);
    assertThat(point(readJson("/api/projects/{id}/accountability", project), dissent))
        .containsEntry("unanswered", false)
        .containsEntry("decision", "REJECTED");
  }
}
