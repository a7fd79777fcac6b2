package org.deliberation.web.deliberation.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.deliberation.web.testing.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class StatementApiIT extends ApiTestSupport {

  private int voteStatus(Session voter, String project, String statement, String vote) {
    return http.put()
        .uri("/api/projects/{id}/statements/{sid}/vote", project, statement)
        .header(HttpHeaders.AUTHORIZATION, voter.bearer())
        .bodyValue(Map.of("vote", vote))
        .exchange()
        .expectBody()
        .returnResult()
        .getStatus()
        .value();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> get(String uri, Object... variables) {
    return http.get()
        .uri(uri, variables)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
  }

  @Test
  void aCitizenPostsAContributionAndAnExpertAContradictingSourcedViewpoint() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Sports hall");
    var citizen = citizen();
    var expert = withRoles("EXPERT");

    var claim = contribution(citizen, project, "The hall will pay for itself in ten years.");
    http.post()
        .uri("/api/projects/{id}/statements", project)
        .header(HttpHeaders.AUTHORIZATION, citizen.bearer())
        .bodyValue(
            Map.of("text", "Costs are underestimated.", "kind", "VIEWPOINT", "stance", "AGAINST"))
        .exchange()
        .expectStatus()
        .isForbidden()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    var rebuttal =
        statement(
            expert,
            project,
            Map.of(
                "text",
                "Running costs alone exceed the expected income.",
                "kind",
                "VIEWPOINT",
                "stance",
                "AGAINST",
                "sources",
                List.of("https://example.org/audit-2025.pdf"),
                "interests",
                "I advise the regional audit office.",
                "relatesTo",
                Map.of("statement", claim, "relation", "CONTRADICTS")));

    var read = get("/api/projects/{id}/statements/{sid}", project, rebuttal);
    assertThat(read)
        .containsEntry("kind", "VIEWPOINT")
        .containsEntry("stance", "AGAINST")
        .containsEntry("interests", "I advise the regional audit office.")
        .containsEntry("sources", List.of("https://example.org/audit-2025.pdf"));
    assertThat((Map<String, Object>) read.get("relatesTo"))
        .containsEntry("statement", claim)
        .containsEntry("relation", "CONTRADICTS");

    await()
        .untilAsserted(
            () -> {
              var pairs =
                  (List<Map<String, Map<String, Object>>>)
                      get("/api/projects/{id}/statements/contradictions", project).get("items");
              assertThat(pairs).hasSize(1);
              assertThat(pairs.getFirst().get("statement")).containsEntry("id", claim);
              assertThat(pairs.getFirst().get("contradictedBy")).containsEntry("id", rebuttal);
              var original = get("/api/projects/{id}/statements/{sid}", project, claim);
              assertThat((List<Map<String, Object>>) original.get("related"))
                  .singleElement()
                  .satisfies(
                      link ->
                          assertThat(link)
                              .containsEntry("statement", rebuttal)
                              .containsEntry("direction", "FROM")
                              .containsEntry("relation", "CONTRADICTS"));
              var viewpoints =
                  (List<Map<String, Object>>)
                      get("/api/projects/{id}/statements?kind=VIEWPOINT", project).get("items");
              assertThat(viewpoints).extracting(item -> item.get("id")).containsExactly(rebuttal);
            });
  }

  @Test
  void refusesBadStatementsWithProblems() {
    var project = project(withRoles("OFFICIAL"), "Bad statements");
    var expert = withRoles("EXPERT");
    var cases =
        List.<Map<String, Object>>of(
            Map.of("kind", "CONTRIBUTION"),
            Map.of("text", "x", "kind", "OPINION"),
            Map.of("text", "x".repeat(1001), "kind", "CONTRIBUTION"),
            Map.of(
                "text",
                "x",
                "kind",
                "VIEWPOINT",
                "stance",
                "FOR",
                "sources",
                List.of("javascript:alert(1)")),
            Map.of("text", "x", "kind", "VIEWPOINT"),
            Map.of(
                "text",
                "x",
                "kind",
                "CONTRIBUTION",
                "relatesTo",
                Map.of("statement", "nope", "relation", "SUPPORTS")));
    var statuses = new ArrayList<Integer>();
    for (var body : cases) {
      statuses.add(
          http.post()
              .uri("/api/projects/{id}/statements", project)
              .header(HttpHeaders.AUTHORIZATION, expert.bearer())
              .bodyValue(body)
              .exchange()
              .expectHeader()
              .contentType(MediaType.APPLICATION_PROBLEM_JSON)
              .expectBody()
              .returnResult()
              .getStatus()
              .value());
    }
    assertThat(statuses).containsExactly(400, 400, 400, 422, 422, 404);
    http.post()
        .uri("/api/projects/{id}/statements", project)
        .bodyValue(Map.of("text", "x", "kind", "CONTRIBUTION"))
        .exchange()
        .expectStatus()
        .isUnauthorized();
  }

  @Test
  void aStatementLosesItsInvisibleDirectionChangingAndControlCharactersButKeepsItsEmoji() {
    var project = project(withRoles("OFFICIAL"), "Clean statements");
    var citizen = citizen();
    var posted =
        http.post()
            .uri("/api/projects/{id}/statements", project)
            .header(HttpHeaders.AUTHORIZATION, citizen.bearer())
            .bodyValue(
                Map.of(
                    "kind",
                    "CONTRIBUTION",
                    "text",
                    "\uFEFFVote for \u202Egro.elpmaxe\u202C, it is fre\u200Be\u0007.\r\nCafe\u0301 "
                        + "\uD83D\uDC69\u200D\uD83D\uDCBB"))
            .exchange()
            .expectStatus()
            .isCreated()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    assertThat(posted.get("text"))
        .isEqualTo("Vote for gro.elpmaxe, it is free.\nCafé \uD83D\uDC69\u200D\uD83D\uDCBB");
    assertThat(get("/api/projects/{id}/statements/{sid}", project, posted.get("id")).get("text"))
        .isEqualTo(posted.get("text"));

    http.post()
        .uri("/api/projects/{id}/statements", project)
        .header(HttpHeaders.AUTHORIZATION, citizen.bearer())
        .bodyValue(Map.of("kind", "CONTRIBUTION", "text", "\u200B\u202E\u2066"))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("text");
    var expert = withRoles("EXPERT");
    http.post()
        .uri("/api/projects/{id}/statements", project)
        .header(HttpHeaders.AUTHORIZATION, expert.bearer())
        .bodyValue(
            Map.of(
                "kind",
                "VIEWPOINT",
                "stance",
                "FOR",
                "text",
                "Sourced.",
                "sources",
                List.of("https://example.org/\u202Efdp.exe")))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .value(field -> assertThat((String) field).startsWith("sources"));
  }

  @Test
  void aProjectsTitleQuestionAndAuthorityHoldOnlyVisibleCharacters() {
    var official = withRoles("OFFICIAL");
    for (var field : List.of("title", "question", "authority")) {
      var body =
          new HashMap<String, Object>(
              Map.of(
                  "title",
                  "A hall",
                  "question",
                  "Should we?\nWhen?",
                  "authority",
                  "Council",
                  "language",
                  "en"));
      body.put(field, "Council\u202E of \u200Bthe town");
      http.post()
          .uri("/api/projects")
          .header(HttpHeaders.AUTHORIZATION, official.bearer())
          .bodyValue(body)
          .exchange()
          .expectStatus()
          .isBadRequest()
          .expectHeader()
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .jsonPath("$.errors[0].field")
          .isEqualTo(field)
          .jsonPath("$.errors[0].message")
          .value(message -> assertThat((String) message).contains("U+202E"));
    }
    http.post()
        .uri("/api/projects")
        .header(HttpHeaders.AUTHORIZATION, official.bearer())
        .bodyValue(
            Map.of(
                "title",
                "Cafe\u0301 hall",
                "question",
                "Should we?\nWhen?",
                "authority",
                "Council",
                "language",
                "en"))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody()
        .jsonPath("$.title")
        .isEqualTo("Café hall")
        .jsonPath("$.question")
        .isEqualTo("Should we?\nWhen?");
  }

  @Test
  void votesAreTakenOnlyDuringDeliberationAndTheLastOneCounts() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Calendar reform");
    var citizen = citizen();
    var statement = contribution(citizen, project, "Summer holidays should be shorter.");

    assertThat(voteStatus(citizen, project, statement, "AGREE")).isEqualTo(409);
    stage(official, project, "DELIBERATION");
    assertThat(voteStatus(citizen, project, statement, "AGREE")).isEqualTo(200);
    assertThat(voteStatus(citizen, project, statement, "DISAGREE")).isEqualTo(200);
    assertThat(voteStatus(citizen(), project, statement, "PASS")).isEqualTo(200);
    assertThat(voteStatus(citizen, project, statement, "MAYBE")).isEqualTo(400);
    assertThat(voteStatus(citizen, project, "no-such-statement", "AGREE")).isEqualTo(404);
    http.put()
        .uri("/api/projects/{id}/statements/{sid}/vote", project, statement)
        .bodyValue(Map.of("vote", "AGREE"))
        .exchange()
        .expectStatus()
        .isUnauthorized();

    await()
        .untilAsserted(
            () ->
                assertThat(
                        get("/api/projects/{id}/statements/{sid}", project, statement)
                            .get("counts"))
                    .isEqualTo(Map.of("agree", 0, "disagree", 1, "pass", 1)));

    stage(official, project, "SYNTHESIS");
    assertThat(voteStatus(citizen, project, statement, "AGREE")).isEqualTo(409);
  }

  @Autowired EventProcessingConfiguration processing;

  @Test
  void aVoteRightAfterTheDeliberationClosesOrTheStatementIsHiddenIsRefused() {
    var official = withRoles("OFFICIAL");
    var moderator = withRoles("MODERATOR");
    var voter = citizen();
    var project = project(official, "Closing");
    var statement = contribution(voter, project, "Close the bridge to cars.");
    var other = contribution(voter, project, "Open the bridge to bikes.");
    stage(official, project, "DELIBERATION");
    // The live state knows the project is deliberating once votes go through it.
    await().until(() -> voteStatus(voter, project, statement, "AGREE") == 200);

    // The live state stands still, as it would under load, while the moderation and the close are
    // acknowledged.
    var live = processing.eventProcessor("deliberation").orElseThrow();
    live.shutDown();
    try {
      http.post()
          .uri("/api/projects/{id}/statements/{sid}/moderation", project, other)
          .header(HttpHeaders.AUTHORIZATION, moderator.bearer())
          .bodyValue(Map.of("action", "HIDE", "reason", "Duplicate"))
          .exchange()
          .expectStatus()
          .isOk();
      assertThat(voteStatus(voter, project, other, "AGREE"))
          .as("a vote on a statement just hidden")
          .isEqualTo(409);

      stage(official, project, "SYNTHESIS");
      assertThat(voteStatus(voter, project, statement, "DISAGREE"))
          .as("a vote just after the close")
          .isEqualTo(409);
    } finally {
      live.start();
    }
  }

  @Test
  void everyAcknowledgedVoteCountsEvenWhenVotersChangeTheirMindFasterThanTheLiveCounts()
      throws Exception {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Quick minds");
    var statement = contribution(citizen(), project, "The market moves to the square.");
    stage(official, project, "DELIBERATION");
    var voters = new ArrayList<Session>();
    for (int v = 0; v < 8; v++) {
      voters.add(citizen());
    }
    // Each voter flips between AGREE and DISAGREE as fast as the votes are acknowledged, ending on
    // DISAGREE; the
    // live counts lag behind, and a vote must never be judged "the same as before" on their word.
    try (var executor = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
      var flips = new ArrayList<java.util.concurrent.Future<?>>();
      for (var voter : voters) {
        flips.add(
            executor.submit(
                () -> {
                  for (int i = 0; i < 30; i++) {
                    assertThat(
                            voteStatus(
                                voter, project, statement, i % 2 == 0 ? "AGREE" : "DISAGREE"))
                        .isEqualTo(200);
                  }
                }));
      }
      for (var flip : flips) {
        flip.get();
      }
    }
    await()
        .untilAsserted(
            () ->
                assertThat(
                        get("/api/projects/{id}/statements/{sid}", project, statement)
                            .get("counts"))
                    .isEqualTo(Map.of("agree", 0, "disagree", 8, "pass", 0)));
  }

  @Test
  @SuppressWarnings("unchecked")
  void moderatorsHideWithAReasonThatStaysInHistoryAndHiddenStatementsTakeNoVotes() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Moderated");
    stage(official, project, "DELIBERATION");
    var citizen = citizen();
    var moderator = withRoles("MODERATOR");
    var statement = contribution(citizen, project, "An insult to the mayor.");

    http.post()
        .uri("/api/projects/{id}/statements/{sid}/flags", project, statement)
        .header(HttpHeaders.AUTHORIZATION, citizen().bearer())
        .bodyValue(Map.of("reason", "insulting"))
        .exchange()
        .expectStatus()
        .isAccepted();
    var hide = Map.of("action", "HIDE", "reason", "Insults are not allowed (rule 2).");
    http.post()
        .uri("/api/projects/{id}/statements/{sid}/moderation", project, statement)
        .header(HttpHeaders.AUTHORIZATION, citizen.bearer())
        .bodyValue(hide)
        .exchange()
        .expectStatus()
        .isForbidden();
    http.post()
        .uri("/api/projects/{id}/statements/{sid}/moderation", project, statement)
        .header(HttpHeaders.AUTHORIZATION, moderator.bearer())
        .bodyValue(Map.of("action", "HIDE"))
        .exchange()
        .expectStatus()
        .isBadRequest();
    http.post()
        .uri("/api/projects/{id}/statements/{sid}/moderation", project, statement)
        .header(HttpHeaders.AUTHORIZATION, moderator.bearer())
        .bodyValue(hide)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.hidden")
        .isEqualTo(true)
        .jsonPath("$.moderation[0].action")
        .isEqualTo("HIDE")
        .jsonPath("$.moderation[0].reason")
        .isEqualTo("Insults are not allowed (rule 2).")
        .jsonPath("$.moderation[0].by")
        .isEqualTo(moderator.id())
        .jsonPath("$.flags")
        .isEqualTo(1);

    assertThat(voteStatus(citizen(), project, statement, "AGREE")).isEqualTo(409);
    var publicView = get("/api/projects/{id}/statements/{sid}", project, statement);
    assertThat(publicView).containsEntry("hidden", true).doesNotContainKey("text");
    assertThat((List<Object>) publicView.get("moderation")).hasSize(1);
    await()
        .untilAsserted(
            () ->
                assertThat((List<?>) get("/api/projects/{id}/statements", project).get("items"))
                    .isEmpty());

    http.post()
        .uri("/api/projects/{id}/statements/{sid}/moderation", project, statement)
        .header(HttpHeaders.AUTHORIZATION, moderator.bearer())
        .bodyValue(Map.of("action", "RESTORE", "reason", "Apologised; rephrased by the author."))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.hidden")
        .isEqualTo(false)
        .jsonPath("$.moderation.length()")
        .isEqualTo(2);
    assertThat(voteStatus(citizen(), project, statement, "AGREE")).isEqualTo(200);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aParticipantsSecondReportOfAStatementIsAcceptedButCountsOnce() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Reported twice");
    var statement = contribution(citizen(), project, "Reported by one person, twice.");
    var reporter = citizen();
    for (var reason : List.of("insulting", "insulting, really")) {
      http.post()
          .uri("/api/projects/{id}/statements/{sid}/flags", project, statement)
          .header(HttpHeaders.AUTHORIZATION, reporter.bearer())
          .bodyValue(Map.of("reason", reason))
          .exchange()
          .expectStatus()
          .isAccepted();
    }
    http.post()
        .uri("/api/projects/{id}/statements/{sid}/flags", project, statement)
        .header(HttpHeaders.AUTHORIZATION, citizen().bearer())
        .bodyValue(Map.of("reason", "off topic"))
        .exchange()
        .expectStatus()
        .isAccepted();

    var moderator = withRoles("MODERATOR");
    await()
        .untilAsserted(
            () -> {
              assertThat(get("/api/projects/{id}/statements/{sid}", project, statement))
                  .containsEntry("flags", 2);
              var queue =
                  (List<Map<String, Object>>)
                      http.get()
                          .uri("/api/moderation/queue")
                          .header(HttpHeaders.AUTHORIZATION, moderator.bearer())
                          .exchange()
                          .expectStatus()
                          .isOk()
                          .expectBody(Map.class)
                          .returnResult()
                          .getResponseBody()
                          .get("items");
              var item =
                  queue.stream()
                      .filter(
                          entry ->
                              statement.equals(
                                  ((Map<String, Object>) entry.get("statement")).get("id")))
                      .findFirst()
                      .orElseThrow();
              assertThat((List<Map<String, Object>>) item.get("openFlags"))
                  .extracting(flag -> flag.get("reason"))
                  .containsExactlyInAnyOrder("insulting", "off topic");
              assertThat(item)
                  .as("two people, in no coordinated group: two independent reporters")
                  .containsEntry("independentReporters", 2)
                  .containsEntry("coordination", List.of());
            });
  }

  @Test
  @SuppressWarnings("unchecked")
  void theSynthesisFindsTwoCampsTheirConsensusAndTheirDissentAndShowsThePast() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Two camps");
    var author = citizen();
    var shared = contribution(author, project, "The decision must be explained in plain language.");
    var split = new ArrayList<String>();
    for (int i = 0; i < 6; i++) {
      split.add(contribution(author, project, "A divisive statement number " + i));
    }
    var insult = contribution(author, project, "An insult everybody agrees with.");
    stage(official, project, "DELIBERATION");
    var beforeVotes = Instant.now();

    for (int p = 0; p < 20; p++) {
      var voter = citizen();
      boolean camp = p % 2 == 0;
      assertThat(voteStatus(voter, project, shared, "AGREE")).isEqualTo(200);
      assertThat(voteStatus(voter, project, insult, "AGREE")).isEqualTo(200);
      for (var statement : split) {
        assertThat(voteStatus(voter, project, statement, camp ? "AGREE" : "DISAGREE"))
            .isEqualTo(200);
      }
    }
    var beforeHiding = Instant.now();
    http.post()
        .uri("/api/projects/{id}/statements/{sid}/moderation", project, insult)
        .header(HttpHeaders.AUTHORIZATION, withRoles("MODERATOR").bearer())
        .bodyValue(Map.of("action", "HIDE", "reason", "insult"))
        .exchange()
        .expectStatus()
        .isOk();

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              var synthesis = get("/api/projects/{id}/synthesis", project);
              assertThat(synthesis).containsEntry("participants", 20).containsEntry("votes", 160);
              var groups = (List<Map<String, Object>>) synthesis.get("groups");
              assertThat(groups)
                  .extracting(group -> group.get("size"))
                  .containsExactlyInAnyOrder(10, 10);
              var consensus = (List<Map<String, Object>>) synthesis.get("consensus");
              assertThat(consensus.getFirst())
                  .containsEntry("statement", shared)
                  .containsEntry("agree", 20);
              // Agreed by both camps: supported across the divide, above the average statement.
              assertThat((Double) consensus.getFirst().get("bridging")).isPositive();
              assertThat(consensus)
                  .extracting(entry -> entry.get("statement"))
                  .doesNotContain(insult);
              var dissent = (List<Map<String, Object>>) synthesis.get("dissent");
              assertThat(dissent)
                  .extracting(entry -> entry.get("statement"))
                  .containsAnyElementsOf(split)
                  .doesNotContain(shared);
              assertThat((List<Map<String, Object>>) dissent.getFirst().get("groups")).hasSize(2);
            });

    var map =
        (List<Map<String, Object>>)
            get("/api/projects/{id}/participation-map", project).get("points");
    assertThat(map)
        .hasSize(20)
        .allSatisfy(point -> assertThat(point).containsKeys("x", "y", "group"));

    // As it stood before the moderation, the insult was common ground: it keeps its place there,
    // not its text.
    await()
        .untilAsserted(
            () -> {
              var beforeModeration =
                  (List<Map<String, Object>>)
                      get("/api/projects/{id}/synthesis?at={at}", project, beforeHiding.toString())
                          .get("consensus");
              var hidden =
                  beforeModeration.stream()
                      .filter(entry -> insult.equals(entry.get("statement")))
                      .findFirst()
                      .orElseThrow();
              assertThat(hidden).containsEntry("agree", 20).doesNotContainKey("text");
            });
    assertThat(
            http.get()
                .uri("/api/projects/{id}/synthesis?at={at}", project, beforeHiding.toString())
                .exchange()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody())
        .doesNotContain("An insult everybody agrees");

    var past = get("/api/projects/{id}/synthesis?at={at}", project, beforeVotes.toString());
    assertThat(past).containsEntry("participants", 0).containsEntry("at", beforeVotes.toString());
    var endOfDraft = get("/api/projects/{id}/synthesis?stage=DRAFT", project);
    assertThat(endOfDraft).containsEntry("votes", 0).containsEntry("stage", "DRAFT");
    http.get()
        .uri("/api/projects/{id}/synthesis?stage=DECIDED", project)
        .exchange()
        .expectStatus()
        .isEqualTo(409);
    http.get()
        .uri("/api/projects/{id}/synthesis?at=yesterday", project)
        .exchange()
        .expectStatus()
        .isBadRequest();

    var byConsensus =
        (List<Map<String, Object>>)
            get("/api/projects/{id}/statements?sort=consensus", project).get("items");
    assertThat(byConsensus.getFirst()).containsEntry("id", shared);
    assertThat((Double) byConsensus.getFirst().get("bridging")).isPositive();
    assertThat(get("/api/projects/{id}/statements/{sid}", project, shared).get("bridging"))
        .isEqualTo(byConsensus.getFirst().get("bridging"));
    var unvoted = contribution(author, project, "Posted after the votes, voted on by nobody.");
    await()
        .untilAsserted(
            () ->
                assertThat(get("/api/projects/{id}/statements/{sid}", project, unvoted))
                    .as("not computed yet: null, not absent")
                    .containsEntry("bridging", null));
    var byDissent =
        (List<Map<String, Object>>)
            get("/api/projects/{id}/statements?sort=dissent", project).get("items");
    assertThat(split).contains((String) byDissent.getFirst().get("id"));
    var counted =
        new HashMap<String, Object>((Map<String, Object>) byDissent.getFirst().get("counts"));
    assertThat(counted).isEqualTo(Map.of("agree", 10, "disagree", 10, "pass", 0));
  }
}
