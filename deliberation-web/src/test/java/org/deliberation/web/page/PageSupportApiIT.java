package org.deliberation.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;
import org.deliberation.web.testing.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** The API the web pages added: one's own votes, participation over time, and the moderators' queue. */
class PageSupportApiIT extends ApiTestSupport {

  @Test
  void aParticipantReadsTheirOwnVotesOnly() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "My votes");
    var statements = deliberating(official, project, 3);
    var me = citizen();
    vote(me, project, statements.get(0), "AGREE");
    vote(me, project, statements.get(2), "PASS");
    vote(me, project, statements.get(2), "DISAGREE");
    vote(citizen(), project, statements.get(1), "AGREE");

    http.get()
        .uri("/api/projects/{id}/votes/mine", project)
        .exchange()
        .expectStatus()
        .isUnauthorized();
    await()
        .untilAsserted(
            () -> {
              var mine =
                  http.get()
                      .uri("/api/projects/{id}/votes/mine", project)
                      .header(HttpHeaders.AUTHORIZATION, me.bearer())
                      .exchange()
                      .expectStatus()
                      .isOk()
                      .expectBody(Map.class)
                      .returnResult()
                      .getResponseBody();
              assertThat((List<Object>) mine.get("items"))
                  .containsExactlyInAnyOrder(
                      Map.of("statement", statements.get(0), "vote", "AGREE"),
                      Map.of("statement", statements.get(2), "vote", "DISAGREE"));
            });
  }

  @Test
  void signingOutEndsTheSessionAtOnce() {
    var person = citizen();
    http.delete().uri("/api/tokens").exchange().expectStatus().isUnauthorized();
    http.delete()
        .uri("/api/tokens")
        .header(HttpHeaders.AUTHORIZATION, person.bearer())
        .exchange()
        .expectStatus()
        .isNoContent();
    http.get()
        .uri("/api/participants/me")
        .header(HttpHeaders.AUTHORIZATION, person.bearer())
        .exchange()
        .expectStatus()
        .isUnauthorized();
  }

  @Test
  void participationCountsEveryVoteAndEachNewcomerOnce() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Participation");
    var statements = deliberating(official, project, 2);
    var people = List.of(citizen(), citizen(), citizen());
    for (var person : people) {
      for (var statement : statements) {
        vote(person, project, statement, "AGREE");
      }
    }
    await()
        .untilAsserted(
            () -> {
              var view =
                  http.get()
                      .uri("/api/projects/{id}/participation?spans=4", project)
                      .exchange()
                      .expectStatus()
                      .isOk()
                      .expectBody(Map.class)
                      .returnResult()
                      .getResponseBody();
              var spans = (List<Map<String, Object>>) view.get("spans");
              assertThat(spans).hasSize(4);
              assertThat(spans.stream().mapToInt(span -> (Integer) span.get("votes")).sum())
                  .isEqualTo(6);
              assertThat(
                      spans.stream().mapToInt(span -> (Integer) span.get("newParticipants")).sum())
                  .isEqualTo(3);
              assertThat(spans.getLast().get("participants")).isEqualTo(3);
            });
    http.get()
        .uri("/api/projects/{id}/participation?spans=0", project)
        .exchange()
        .expectStatus()
        .isBadRequest();
    var empty = project(official, "No votes yet");
    http.get()
        .uri("/api/projects/{id}/participation", empty)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.spans")
        .isEmpty();
  }

  @Test
  void theModerationQueueHoldsReportedThenHiddenStatementsForModeratorsOnly() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Queue");
    var statements = deliberating(official, project, 2);
    var flagged = statements.get(1);
    http.post()
        .uri("/api/projects/{id}/statements/{sid}/flags", project, flagged)
        .header(HttpHeaders.AUTHORIZATION, citizen().bearer())
        .bodyValue(Map.of("reason", "off topic"))
        .exchange()
        .expectStatus()
        .isAccepted();

    http.get().uri("/api/moderation/queue").exchange().expectStatus().isUnauthorized();
    http.get()
        .uri("/api/moderation/queue")
        .header(HttpHeaders.AUTHORIZATION, citizen().bearer())
        .exchange()
        .expectStatus()
        .isForbidden();
    var moderator = withRoles("MODERATOR");
    await()
        .untilAsserted(
            () ->
                assertThat(queued(moderator, flagged))
                    .isNotNull()
                    .satisfies(
                        item ->
                            assertThat(item.get("openFlags").toString()).contains("off topic")));

    http.post()
        .uri("/api/projects/{id}/statements/{sid}/moderation", project, flagged)
        .header(HttpHeaders.AUTHORIZATION, moderator.bearer())
        .bodyValue(Map.of("action", "HIDE", "reason", "spam"))
        .exchange()
        .expectStatus()
        .isOk();
    await()
        .untilAsserted(
            () ->
                assertThat(queued(moderator, flagged))
                    .isNotNull()
                    .satisfies(
                        item -> {
                          assertThat(((Map<?, ?>) item.get("statement")).get("hidden"))
                              .isEqualTo(true);
                          assertThat((List<?>) item.get("openFlags"))
                              .as("the decision answered the report")
                              .isEmpty();
                        }));
    http.post()
        .uri("/api/projects/{id}/statements/{sid}/moderation", project, flagged)
        .header(HttpHeaders.AUTHORIZATION, moderator.bearer())
        .bodyValue(Map.of("action", "RESTORE", "reason", "fine after all"))
        .exchange()
        .expectStatus()
        .isOk();
    await().untilAsserted(() -> assertThat(queued(moderator, flagged)).isNull());
  }

  private Map<?, ?> queued(Session moderator, String statement) {
    var queue =
        http.get()
            .uri("/api/moderation/queue")
            .header(HttpHeaders.AUTHORIZATION, moderator.bearer())
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    return ((List<Map<?, ?>>) queue.get("items"))
        .stream()
            .filter(item -> statement.equals(((Map<?, ?>) item.get("statement")).get("id")))
            .findFirst()
            .orElse(null);
  }
}
