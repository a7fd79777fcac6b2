package org.deliberation.web.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Following and the inbox over HTTP: who is told of what, and what a replay, a rebuild or an erasure does. */
class NotificationsApiIT extends NotificationTestSupport {

  @Autowired EventProcessingConfiguration processing;

  @Autowired MongoDatabase database;

  @Test
  void followingIsIdempotentAndNeedsASignedInCaller() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Followed twice");
    var person = citizen();
    http.put().uri("/api/projects/{id}/follow", project).exchange().expectStatus().isUnauthorized();
    http.delete()
        .uri("/api/projects/{id}/follow", project)
        .exchange()
        .expectStatus()
        .isUnauthorized();
    for (int twice = 0; twice < 2; twice++) {
      http.put()
          .uri("/api/projects/{id}/follow", project)
          .header(HttpHeaders.AUTHORIZATION, person.bearer())
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("email", true))
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.following")
          .isEqualTo(true)
          .jsonPath("$.email")
          .isEqualTo(true)
          .jsonPath("$.kind")
          .isEqualTo("PROJECT");
    }
    // Without a body: following without e-mail.
    http.put()
        .uri("/api/projects/{id}/follow", project)
        .header(HttpHeaders.AUTHORIZATION, person.bearer())
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.email")
        .isEqualTo(false);
    var key = "follow:" + person.id() + ":project:" + project;
    await()
        .until(() -> follows(key) == 1 && Boolean.FALSE.equals(followDocument(key).get("email")));
    for (int twice = 0; twice < 2; twice++) {
      http.delete()
          .uri("/api/projects/{id}/follow", project)
          .header(HttpHeaders.AUTHORIZATION, person.bearer())
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.following")
          .isEqualTo(false);
    }
    await().until(() -> follows(key) == 0);
  }

  // In one node, Axon's lock per aggregate puts the racing commands one after the other; between
  // nodes, the store
  // refuses the second creation of the follow's stream, and FollowService sends it again onto the
  // winner's state.
  @Test
  void racingFollowsOfOnePersonRecordOneFollow() throws Exception {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Followed in a race");
    var person = citizen();
    var start = new java.util.concurrent.CountDownLatch(1);
    var statuses = new java.util.concurrent.ConcurrentLinkedQueue<Integer>();
    var threads = new java.util.ArrayList<Thread>();
    for (int i = 0; i < 8; i++) {
      threads.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    try {
                      start.await();
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                    statuses.add(
                        http.put()
                            .uri("/api/projects/{id}/follow", project)
                            .header(HttpHeaders.AUTHORIZATION, person.bearer())
                            .bodyValue(Map.of("email", true))
                            .exchange()
                            .returnResult(String.class)
                            .getStatus()
                            .value());
                  }));
    }
    start.countDown();
    for (var thread : threads) {
      thread.join();
    }
    assertThat(statuses).hasSize(8).containsOnly(200);
    var key = "follow:" + person.id() + ":project:" + project;
    await().until(() -> follows(key) == 1);
    var events = 0;
    for (var commit :
        database.getCollection("event_commits").find(new Document("events.aggregateId", key))) {
      events += commit.getList("events", Document.class).size();
    }
    assertThat(events).isEqualTo(1);
  }

  @Test
  void unknownTargetsAre404AndPetitionsAreFollowedToo() {
    var person = citizen();
    var petition = petition();
    http.put()
        .uri("/api/projects/{id}/follow", "no-such-project")
        .header(HttpHeaders.AUTHORIZATION, person.bearer())
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    http.put()
        .uri("/api/petitions/{id}/follow", "no-such-petition")
        .header(HttpHeaders.AUTHORIZATION, person.bearer())
        .exchange()
        .expectStatus()
        .isNotFound();
    http.put()
        .uri("/api/petitions/{id}/follow", petition)
        .header(HttpHeaders.AUTHORIZATION, person.bearer())
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.kind")
        .isEqualTo("PETITION");
    var key = "follow:" + person.id() + ":petition:" + petition;
    await().until(() -> follows(key) == 1);
    http.delete()
        .uri("/api/petitions/{id}/follow", petition)
        .header(HttpHeaders.AUTHORIZATION, person.bearer())
        .exchange()
        .expectStatus()
        .isOk();
    await().until(() -> follows(key) == 0);
  }

  @Test
  void stageChangesAndResponsesReachTheFollowersButNotTheOfficialWhoActed() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Stages told");
    var follower = citizen();
    var bystander = citizen();
    follow(follower, project, false);
    follow(official, project, false);
    awaitFollowers(project, 2);
    stage(official, project, "DELIBERATION");
    awaitInbox(follower, 1);
    var item = items(follower).getFirst();
    assertThat(item.get("kind")).isEqualTo("STAGE_CHANGED");
    assertThat(item.get("text")).isEqualTo("“Stages told” moved to the stage: Deliberation.");
    assertThat(item.get("project")).isEqualTo(project);
    assertThat(item.get("read")).isEqualTo(false);
    assertThat(inbox(follower).get("unread")).isEqualTo(1);
    http.post()
        .uri("/api/projects/{id}/responses", project)
        .header(HttpHeaders.AUTHORIZATION, official.bearer())
        .bodyValue(Map.of("markdown", "The council agrees."))
        .exchange()
        .expectStatus()
        .isCreated();
    awaitInbox(follower, 2);
    assertThat(kinds(follower)).containsExactly("RESPONSE_PUBLISHED", "STAGE_CHANGED");
    // Both events were handled for every follower at once: the official's inbox would hold them by
    // now.
    assertThat(items(official)).isEmpty();
    assertThat(items(bystander)).isEmpty();
    // In French, for a reader who asks for it.
    var french =
        http.get()
            .uri("/api/notifications")
            .header(HttpHeaders.AUTHORIZATION, follower.bearer())
            .header(HttpHeaders.ACCEPT_LANGUAGE, "fr")
            .exchange()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    assertThat(((List<Map<String, Object>>) french.get("items")).getFirst().get("text"))
        .isEqualTo("L’autorité a répondu à « Stages told ».");
  }

  @Test
  void aDecisionOnAPointReachesTheFollowersInTheirWords() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Points answered");
    var statements = deliberating(official, project, 2);
    for (int person = 0; person < 6; person++) {
      vote(citizen(), project, statements.get(0), "AGREE");
    }
    awaitConsensus(project, statements.get(0));
    var follower = citizen();
    follow(follower, project, false);
    awaitFollowers(project, 1);
    stage(official, project, "SYNTHESIS");
    awaitInbox(follower, 1);
    http.put()
        .uri("/api/projects/{id}/commitments/{sid}", project, statements.get(0))
        .header(HttpHeaders.AUTHORIZATION, official.bearer())
        .bodyValue(Map.of("decision", "TAKEN_UP", "reason", "In the 2027 budget."))
        .exchange()
        .expectStatus()
        .isOk();
    awaitInbox(follower, 2);
    var decision = items(follower).getFirst();
    assertThat(decision)
        .containsEntry("kind", "DECISION_RECORDED")
        .containsEntry("project", project)
        .containsEntry("statement", statements.get(0))
        .containsEntry(
            "text",
            "The authority answered a point of “Points answered”: taken up. The reason: In the 2027"
                + " budget.");
    assertThat(items(official)).isEmpty();
  }

  @Test
  void repliesAndModerationReachTheAuthorButNotWhoActed() {
    var official = withRoles("OFFICIAL");
    var moderator = withRoles("MODERATOR");
    var project = project(official, "Replies told");
    var author = citizen();
    var replier = citizen();
    var mine = contribution(author, project, "Build the hall near the school.");
    // The author's reply to themselves is no news to them.
    statement(author, project, reply(mine, "SUPPORTS", "And I say it again."));
    statement(replier, project, reply(mine, "CONTRADICTS", "The school has no room."));
    awaitInbox(author, 1);
    assertThat(items(author)).hasSize(1);
    var reply = items(author).getFirst();
    assertThat(reply.get("kind")).isEqualTo("REPLY_CONTRADICTS");
    assertThat(reply.get("text"))
        .isEqualTo("A statement contradicts yours in “Replies told”: The school has no room.");
    assertThat(reply.get("statement")).isNotEqualTo(mine);
    statement(replier, project, reply(mine, "SUPPORTS", "On second thoughts, yes."));
    awaitInbox(author, 2);
    assertThat(kinds(author).getFirst()).isEqualTo("REPLY_SUPPORTS");

    moderate(moderator, project, mine, "HIDE", "Off topic here.");
    awaitInbox(author, 3);
    var hidden = items(author).getFirst();
    assertThat(hidden.get("kind")).isEqualTo("STATEMENT_HIDDEN");
    assertThat(hidden.get("statement")).isEqualTo(mine);
    assertThat((String) hidden.get("text")).endsWith("The reason: Off topic here.");
    moderate(moderator, project, mine, "RESTORE", "On appeal.");
    awaitInbox(author, 4);
    assertThat(kinds(author).getFirst()).isEqualTo("STATEMENT_RESTORED");
    assertThat(items(replier)).isEmpty();
    assertThat(items(moderator)).isEmpty();
  }

  @Test
  void aReplyEditedOrWithdrawnIsQuotedAsItNowStands() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Replies rewritten");
    var author = citizen();
    var replier = citizen();
    var mine = contribution(author, project, "Open the library on Sundays.");
    var theirs =
        statement(replier, project, reply(mine, "CONTRADICTS", "Nobody reads on Sundays."));
    awaitInbox(author, 1);
    http.put()
        .uri("/api/projects/{id}/statements/{sid}", project, theirs)
        .header(HttpHeaders.AUTHORIZATION, replier.bearer())
        .bodyValue(Map.of("text", "Few read on Sundays."))
        .exchange()
        .expectStatus()
        .isOk();
    await()
        .untilAsserted(
            () ->
                assertThat(items(author).getFirst().get("text"))
                    .isEqualTo(
                        "A statement contradicts yours in “Replies rewritten”: Few read on"
                            + " Sundays."));
    http.delete()
        .uri("/api/projects/{id}/statements/{sid}", project, theirs)
        .header(HttpHeaders.AUTHORIZATION, replier.bearer())
        .exchange()
        .expectStatus()
        .isNoContent();
    // Withdrawn, its words leave the inbox that quoted them.
    await()
        .untilAsserted(
            () ->
                assertThat(items(author).getFirst().get("text"))
                    .isEqualTo("A statement contradicts yours in “Replies rewritten”: —"));
  }

  @Test
  void marksReadUpToAnIdAndRefusesWhatIsNotOne() {
    http.get().uri("/api/notifications").exchange().expectStatus().isUnauthorized();
    var official = withRoles("OFFICIAL");
    var project = project(official, "Read marks");
    var follower = citizen();
    follow(follower, project, false);
    awaitFollowers(project, 1);
    stage(official, project, "DELIBERATION");
    stage(official, project, "SYNTHESIS");
    awaitInbox(follower, 2);
    var older = (String) items(follower).get(1).get("id");
    markRead(follower, older).expectStatus().isNoContent();
    assertThat(inbox(follower).get("unread")).isEqualTo(1);
    assertThat(items(follower)).extracting(item -> item.get("read")).containsExactly(false, true);
    // A mark never moves back.
    markRead(follower, "0").expectStatus().isNoContent();
    assertThat(inbox(follower).get("unread")).isEqualTo(1);
    markRead(follower, (String) items(follower).getFirst().get("id")).expectStatus().isNoContent();
    assertThat(inbox(follower).get("unread")).isEqualTo(0);
    for (var bad : List.of("abc", "-1", "99999999999999999999")) {
      markRead(follower, bad)
          .expectStatus()
          .isBadRequest()
          .expectHeader()
          .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .jsonPath("$.detail")
          .value(detail -> assertThat((String) detail).contains("GET /api/notifications"));
    }
    http.post()
        .uri("/api/notifications/read")
        .header(HttpHeaders.AUTHORIZATION, follower.bearer())
        .bodyValue(Map.of())
        .exchange()
        .expectStatus()
        .isBadRequest();
    // Paged, newest first.
    var first =
        http.get()
            .uri("/api/notifications?limit=1")
            .header(HttpHeaders.AUTHORIZATION, follower.bearer())
            .exchange()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    assertThat((List<?>) first.get("items")).hasSize(1);
    http.get()
        .uri("/api/notifications?limit=1&before={next}", first.get("next"))
        .header(HttpHeaders.AUTHORIZATION, follower.bearer())
        .exchange()
        .expectBody()
        .jsonPath("$.items[0].id")
        .isEqualTo(older);
    http.get()
        .uri("/api/notifications?limit=0")
        .header(HttpHeaders.AUTHORIZATION, follower.bearer())
        .exchange()
        .expectStatus()
        .isBadRequest();
  }

  @Test
  void rebuildingTheNotificationsDuplicatesNothingAndKeepsTheReadMarks() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Rebuilt inbox");
    var follower = citizen();
    follow(follower, project, false);
    awaitFollowers(project, 1);
    stage(official, project, "DELIBERATION");
    stage(official, project, "SYNTHESIS");
    awaitInbox(follower, 2);
    markRead(follower, (String) items(follower).get(1).get("id")).expectStatus().isNoContent();
    var before = inbox(follower);

    var processor =
        processing.eventProcessor("notifications", StreamingEventProcessor.class).orElseThrow();
    awaitCaughtUp(processor);
    processor.shutDown();
    processor.resetTokens();
    assertThat(database.getCollection("notifications").countDocuments()).isZero();
    processor.start();
    awaitCaughtUp(processor);
    await().until(() -> items(follower).size() == 2);
    assertThat(inbox(follower)).isEqualTo(before);
    assertThat(
            database
                .getCollection("notifications")
                .countDocuments(new Document("recipient", follower.id())))
        .isEqualTo(2);
  }

  @Test
  void erasureRemovesTheFollowsTheInboxAndTheReadMark() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Erased follower");
    var follower = citizen();
    follow(follower, project, true);
    awaitFollowers(project, 1);
    stage(official, project, "DELIBERATION");
    awaitInbox(follower, 1);
    markRead(follower, (String) items(follower).getFirst().get("id")).expectStatus().isNoContent();
    var mine = contribution(follower, project, "A statement of the follower.");
    http.delete()
        .uri("/api/participants/{id}", follower.id())
        .header(HttpHeaders.AUTHORIZATION, follower.bearer())
        .exchange()
        .expectStatus()
        .is2xxSuccessful();
    var id = new Document("participant", follower.id());
    await()
        .until(
            () ->
                database.getCollection("follows").countDocuments(id) == 0
                    && database
                            .getCollection("notifications")
                            .countDocuments(new Document("recipient", follower.id()))
                        == 0
                    && database
                            .getCollection("notification_reads")
                            .countDocuments(new Document("_id", follower.id()))
                        == 0
                    && database
                            .getCollection("notification_statements")
                            .countDocuments(new Document("author", follower.id()))
                        == 0);
    // A reply to the erased author's statement tells nobody.
    statement(citizen(), project, reply(mine, "SUPPORTS", "Agreed."));
    assertThat(
            database
                .getCollection("notifications")
                .countDocuments(new Document("recipient", follower.id())))
        .isZero();
  }

  private long follows(String key) {
    return database.getCollection("follows").countDocuments(new Document("_id", key));
  }

  private Document followDocument(String key) {
    var found = database.getCollection("follows").find(new Document("_id", key)).first();
    return found == null ? new Document() : found;
  }

  private void awaitFollowers(String project, int count) {
    await()
        .until(
            () ->
                database
                        .getCollection("follows")
                        .countDocuments(new Document("target", "project:" + project))
                    >= count);
  }

  private static Map<String, Object> reply(String to, String relation, String text) {
    return Map.of(
        "text",
        text,
        "kind",
        "CONTRIBUTION",
        "relatesTo",
        Map.of("statement", to, "relation", relation));
  }

  private void moderate(
      Session moderator, String project, String statement, String action, String reason) {
    http.post()
        .uri("/api/projects/{id}/statements/{sid}/moderation", project, statement)
        .header(HttpHeaders.AUTHORIZATION, moderator.bearer())
        .bodyValue(Map.of("action", action, "reason", reason))
        .exchange()
        .expectStatus()
        .isOk();
  }

  private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec markRead(
      Session who, String upTo) {
    return http.post()
        .uri("/api/notifications/read")
        .header(HttpHeaders.AUTHORIZATION, who.bearer())
        .bodyValue(Map.of("upTo", upTo))
        .exchange();
  }

  static void awaitCaughtUp(StreamingEventProcessor processor) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                processor.isRunning()
                    && !processor.processingStatus().isEmpty()
                    && processor.processingStatus().values().stream()
                        .allMatch(EventTrackerStatus::isCaughtUp));
  }
}
