package org.deliberation.web.deliberation.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.deliberation.web.testing.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.publisher.Flux;

class StreamApiIT extends ApiTestSupport {

  private static final ParameterizedTypeReference<ServerSentEvent<String>> SSE =
      new ParameterizedTypeReference<>() {};

  private Flux<ServerSentEvent<String>> stream(String uri, String lastEventId) {
    var request =
        http.mutate()
            .responseTimeout(Duration.ofSeconds(30))
            .build()
            .get()
            .uri(uri)
            .accept(MediaType.TEXT_EVENT_STREAM);
    if (lastEventId != null) {
      request = request.header("Last-Event-ID", lastEventId);
    }
    return request
        .exchange()
        .expectStatus()
        .isOk()
        .returnResult(SSE)
        .getResponseBody()
        .filter(event -> event.event() != null);
  }

  @Test
  void theStreamSendsTheWholeSynthesisThenEachVoteAndResumesAfterTheLastEventSeen() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Streamed");
    stage(official, project, "DELIBERATION");
    var author = citizen();
    var statement = contribution(author, project, "Open the hall on Sundays.");

    var received = new CopyOnWriteArrayList<ServerSentEvent<String>>();
    var subscription =
        stream("/api/projects/" + project + "/synthesis/stream", null).subscribe(received::add);
    org.awaitility.Awaitility.await().until(() -> !received.isEmpty());
    var first = received.getFirst();
    assertThat(first.event()).isEqualTo("synthesis");
    assertThat(first.data()).contains("\"project\":\"" + project + "\"");

    vote(author, project, statement, "AGREE");
    vote(citizen(), project, statement, "DISAGREE");
    org.awaitility.Awaitility.await()
        .untilAsserted(
            () ->
                assertThat(received).filteredOn(event -> "vote".equals(event.event())).hasSize(2));
    var votes = received.stream().filter(event -> "vote".equals(event.event())).toList();
    assertThat(votes.get(1).data())
        .contains("\"statement\":\"" + statement + "\"", "\"agree\":1", "\"disagree\":1");
    assertThat(Long.parseLong(votes.get(1).id())).isGreaterThan(Long.parseLong(votes.get(0).id()));
    subscription.dispose();

    // Resuming after the first vote: the second one comes again, then the whole view.
    List<ServerSentEvent<String>> resumed =
        stream("/api/projects/" + project + "/synthesis/stream", votes.get(0).id())
            .take(2)
            .collectList()
            .block(Duration.ofSeconds(20));
    assertThat(resumed).extracting(ServerSentEvent::event).containsExactly("vote", "synthesis");
    assertThat(resumed.getFirst().id()).isEqualTo(votes.get(1).id());
    assertThat(resumed.getFirst().data()).contains("\"vote\":\"DISAGREE\"");
  }

  @Test
  void noStreamReplaysTheTextOfAStatementAModeratorHid() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Hidden since");
    stage(official, project, "DELIBERATION");
    var secret = "Insult number " + System.nanoTime() + " to the mayor.";
    var statement = contribution(citizen(), project, secret);
    var moderator = withRoles("MODERATOR");
    http.post()
        .uri("/api/projects/{id}/statements/{sid}/moderation", project, statement)
        .header(HttpHeaders.AUTHORIZATION, moderator.bearer())
        .bodyValue(Map.of("action", "HIDE", "reason", "Insults are not allowed."))
        .exchange()
        .expectStatus()
        .isOk();
    await()
        .untilAsserted(
            () ->
                assertThat(
                        stream("/api/stream?project=" + project, null)
                            .take(4)
                            .map(ServerSentEvent::data)
                            .collectList()
                            .block(Duration.ofSeconds(20)))
                    .anySatisfy(data -> assertThat(data).contains("StatementHidden")));

    // The feed's backlog, from the start and resumed from the first position: the posting is there,
    // its text is not.
    for (var lastEventId : java.util.Arrays.asList(null, "0")) {
      var feed =
          stream("/api/stream?project=" + project, lastEventId)
              .take(4)
              .collectList()
              .block(Duration.ofSeconds(20));
      assertThat(feed)
          .extracting(ServerSentEvent::data)
          .anySatisfy(data -> assertThat(data).contains("StatementPosted", statement))
          .noneSatisfy(data -> assertThat(data).contains(secret));
    }
    // The synthesis stream resumed from before the posting: the statement events come again,
    // without the text.
    var replayed =
        stream("/api/projects/" + project + "/synthesis/stream", "0")
            .take(3)
            .collectList()
            .block(Duration.ofSeconds(20));
    assertThat(replayed).extracting(ServerSentEvent::event).contains("statement", "synthesis");
    assertThat(replayed)
        .extracting(ServerSentEvent::data)
        .noneSatisfy(data -> assertThat(data).contains(secret));
    // Every statement event carries its bridging score: null while nobody voted on it.
    assertThat(replayed)
        .filteredOn(event -> "statement".equals(event.event()))
        .allSatisfy(event -> assertThat(event.data()).contains("\"bridging\":null"));

    // Restored, it is public again, in the backlog too.
    http.post()
        .uri("/api/projects/{id}/statements/{sid}/moderation", project, statement)
        .header(HttpHeaders.AUTHORIZATION, moderator.bearer())
        .bodyValue(Map.of("action", "RESTORE", "reason", "On appeal."))
        .exchange()
        .expectStatus()
        .isOk();
    await()
        .untilAsserted(
            () ->
                assertThat(
                        stream("/api/stream?project=" + project, "0")
                            .take(5)
                            .map(ServerSentEvent::data)
                            .collectList()
                            .block(Duration.ofSeconds(20)))
                    .anySatisfy(data -> assertThat(data).contains(secret)));
  }

  @Test
  void theActivityStreamShowsTheChangesOfAProject() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Active");
    var other = project(official, "Other");
    var received = new CopyOnWriteArrayList<ServerSentEvent<String>>();
    var subscription = stream("/api/stream?project=" + project, null).subscribe(received::add);

    contribution(citizen(), other, "Elsewhere.");
    contribution(citizen(), project, "Here and now.");
    org.awaitility.Awaitility.await()
        .untilAsserted(
            () ->
                assertThat(received)
                    .anySatisfy(
                        event ->
                            assertThat(event.data()).contains("StatementPosted", "Here and now.")));
    assertThat(received)
        .allSatisfy(
            event -> assertThat(event.data()).contains(project).doesNotContain("Elsewhere."));
    subscription.dispose();

    http.get()
        .uri("/api/stream?project=no-such-project")
        .accept(MediaType.TEXT_EVENT_STREAM)
        .exchange()
        .expectStatus()
        .isNotFound();
  }
}
