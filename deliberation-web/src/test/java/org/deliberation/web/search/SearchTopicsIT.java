package org.deliberation.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.topic.Topic;
import org.deliberation.core.topic.TopicInput;
import org.deliberation.core.topic.Topics;
import org.deliberation.core.topic.event.TopicsRecorded;
import org.deliberation.web.deliberation.live.Deliberations;
import org.deliberation.web.deliberation.live.StatementOrder;
import org.deliberation.web.deliberation.topic.TopicRecomputation;
import org.deliberation.web.testing.ApiTestSupport;
import org.deliberation.web.testing.PageClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The topic facet and filter of search, fed by the topics' events. The topics are recorded here, directly in the
 * store, as the next generations of the project's topic stream (after any the server recorded by itself), with the
 * digest of the project's statements as the server computes it: the server then sees nothing to recompute, and no
 * topics of its own replace these.
 */
class SearchTopicsIT extends ApiTestSupport {

  @Autowired EventStore events;
  @Autowired EventStorageEngine storage;
  @Autowired Deliberations deliberations;

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
  private static Map<String, Object> facets(Map<String, Object> response) {
    return (Map<String, Object>) response.get("facets");
  }

  @SuppressWarnings("unchecked")
  private static List<Object> ids(Map<String, Object> response) {
    return ((List<Map<String, Object>>) response.get("items"))
        .stream().map(item -> item.get("id")).toList();
  }

  private static Map<String, Object> facet(String id, String label, int count) {
    return Map.of("id", id, "label", label, "count", count);
  }

  /** What the server's recomputation compares with the last generation's digest: the shown statements, oldest first. */
  private String digest(String project, int statements) {
    var shown =
        await()
            .until(
                () ->
                    deliberations
                        .find(project)
                        .map(live -> live.statements(null, StatementOrder.RECENT, false, false))
                        .orElse(List.of()),
                views -> views.size() == statements);
    var inputs =
        shown.reversed().stream()
            .filter(view -> view.text() != null)
            .map(view -> new TopicInput(view.id(), view.text()))
            .toList();
    return Topics.digest(inputs);
  }

  /** The stream the server records a project's topics in (see {@link TopicRecomputation}). */
  private static String topicStream(String project) {
    return "topics:" + project;
  }

  /**
   * Appends the next generation of the project's topics, as another node's recording reaches the store; when the
   * server records one at the same moment, the store refuses the second, and this one is recorded after it.
   */
  private void record(String project, int statements, List<Topic> topics) {
    var digest = digest(project, statements);
    await()
        .ignoreExceptions()
        .until(
            () -> {
              var last =
                  events
                      .readEvents(topicStream(project))
                      .asStream()
                      .reduce((first, second) -> second);
              int generation =
                  last.map(event -> ((TopicsRecorded) event.getPayload()).generation()).orElse(0)
                      + 1;
              storage.appendEvents(
                  new GenericDomainEventMessage<>(
                      TopicRecomputation.STREAM_TYPE,
                      topicStream(project),
                      generation - 1L,
                      new TopicsRecorded(
                          new ProjectId(project),
                          generation,
                          Instant.parse("2026-01-01T00:00:00Z"),
                          digest,
                          100 + generation,
                          topics)));
              return true;
            });
  }

  @Test
  void countsAndFiltersByTheLatestTopicsOfAProject() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Town buses");
    var citizen = citizen();
    var lanes = contribution(citizen, project, "The town needs bus lanes on the bridge.");
    var stop = contribution(citizen, project, "The town bus should stop at the school gate.");
    var early = contribution(citizen, project, "The town school opens far too early.");
    await()
        .untilAsserted(
            () ->
                assertThat(ids(search("q=town&project=" + project))).contains(lanes, stop, early));

    record(
        project,
        3,
        List.of(
            new Topic("t1", "bus lanes", List.of(lanes)),
            new Topic("t2", "school hours", List.of(stop, early))));

    await()
        .untilAsserted(
            () ->
                assertThat(facets(search("q=town&project=" + project)).get("topics"))
                    .isEqualTo(
                        List.of(facet("t2", "school hours", 2), facet("t1", "bus lanes", 1))));
    assertThat(ids(search("q=town&project=" + project + "&topic=t1"))).containsExactly(lanes);
    assertThat(ids(search("q=town&project=" + project + "&topic=t2")))
        .containsExactlyInAnyOrder(stop, early);
    assertThat(facets(search("q=bus&project=" + project + "&topic=t2")).get("topics"))
        .isEqualTo(List.of(facet("t2", "school hours", 1)));
    assertThat(ids(search("q=town&project=" + project + "&topic=t9"))).isEmpty();
    assertThat(facets(search("q=town&type=statement"))).doesNotContainKey("topics");
    http.get()
        .uri("/api/search?q=town&topic=t1")
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("topic")
        .jsonPath("$.errors[0].message")
        .value(message -> assertThat((String) message).contains("'project'"));

    // The next generation moves the first statement to the second topic.
    record(
        project,
        3,
        List.of(
            new Topic("t1", "bus lanes", List.of(stop)),
            new Topic("t2", "school hours", List.of(lanes, stop, early))));

    await()
        .untilAsserted(
            () ->
                assertThat(ids(search("q=town&project=" + project + "&topic=t1")))
                    .containsExactly(stop));
    assertThat(ids(search("q=town&project=" + project + "&topic=t2")))
        .containsExactlyInAnyOrder(lanes, stop, early);
    assertThat(facets(search("q=town&project=" + project)).get("topics"))
        .isEqualTo(List.of(facet("t2", "school hours", 3), facet("t1", "bus lanes", 1)));

    // The search page offers them as links, in either language, once a project is chosen.
    var page = new PageClient(http).get("/search?q=town&project=" + project);
    var links = page.html().select("nav.topics a");
    assertThat(links.eachText()).containsExactly("school hours (3)", "bus lanes (1)");
    assertThat(links.first().attr("href")).contains("project=" + project).contains("topic=t2");
    assertThat(page.html().select("nav.topics h2").text()).isEqualTo("Topics of this project");
    var inTopic =
        new PageClient(http).language("fr").get("/search?q=town&project=" + project + "&topic=t1");
    // The project's own document matches too, but is in no topic.
    assertThat(inTopic.html().select(".result")).hasSize(1);
    assertThat(inTopic.html().select("nav.topics a").eachText())
        // Counted within the topic chosen, like every facet: its one statement is in both.
        .containsExactly("Tous les thèmes", "bus lanes (1)", "school hours (1)");
    assertThat(inTopic.html().select("nav.topics a[aria-current]").text())
        .isEqualTo("bus lanes (1)");
    assertThat(new PageClient(http).get("/search?q=town").html().select("nav.topics")).isEmpty();
  }
}
