package org.deliberation.web.deliberation.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.deliberation.web.deliberation.live.SynthesisPatch;
import org.deliberation.web.deliberation.live.SynthesisView;
import org.deliberation.web.testing.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.publisher.Flux;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The synthesis stream's patch mode ({@code ?view=patch}): a client that applies the patches has the live view. */
class StreamPatchIT extends ApiTestSupport {

  private static final ParameterizedTypeReference<ServerSentEvent<String>> SSE =
      new ParameterizedTypeReference<>() {};

  @Autowired JsonMapper json;

  private Flux<ServerSentEvent<String>> stream(String uri) {
    return http.mutate()
        .responseTimeout(Duration.ofSeconds(30))
        .build()
        .get()
        .uri(uri)
        .accept(MediaType.TEXT_EVENT_STREAM)
        .exchange()
        .expectStatus()
        .isOk()
        .returnResult(SSE)
        .getResponseBody()
        .filter(event -> event.event() != null);
  }

  /** What a client of the patch mode holds: the last whole view, with every patch since applied in turn. */
  private record Held(long version, SynthesisView view) {}

  private Held apply(List<ServerSentEvent<String>> events) {
    Held held = null;
    for (var event : events) {
      switch (event.event()) {
        case "synthesis" -> {
          var node = (ObjectNode) json.readTree(event.data());
          long version = node.remove("version").asLong();
          held = new Held(version, json.treeToValue(node, SynthesisView.class));
        }
        case "synthesis-patch" -> {
          var patch = json.readValue(event.data(), SynthesisPatch.class);
          assertThat(held).isNotNull();
          assertThat(patch.from()).as("a patch follows the version held").isEqualTo(held.version());
          held = new Held(patch.to(), patch.applyTo(held.view()));
        }
        default -> {}
      }
    }
    return held;
  }

  @Test
  void aClientThatAppliesEachPatchToTheWholeViewItGotOnConnectHasTheLiveSynthesis() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Patched");
    var statements = deliberating(official, project, 3);
    var received = new CopyOnWriteArrayList<ServerSentEvent<String>>();
    var subscription =
        stream("/api/projects/" + project + "/synthesis/stream?view=patch")
            .subscribe(received::add);
    await().until(() -> !received.isEmpty());
    assertThat(received.getFirst().event()).isEqualTo("synthesis");
    assertThat(received.getFirst().data()).contains("\"version\":", "\"project\":\"" + project);

    for (int voter = 0; voter < 6; voter++) {
      var citizen = citizen();
      for (int s = 0; s < statements.size(); s++) {
        vote(citizen, project, statements.get(s), (voter + s) % 3 == 0 ? "DISAGREE" : "AGREE");
      }
    }

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              var live =
                  http.get()
                      .uri("/api/projects/{id}/synthesis", project)
                      .exchange()
                      .expectStatus()
                      .isOk()
                      .expectBody(String.class)
                      .returnResult()
                      .getResponseBody();
              // Both sides must have every vote: an earlier recomputation (12 votes) would match
              // too.
              var held = apply(List.copyOf(received)).view();
              assertThat(held.votes()).isEqualTo(18);
              assertThat(held).isEqualTo(json.readValue(live, SynthesisView.class));
            });
    subscription.dispose();
    assertThat(received).extracting(ServerSentEvent::event).contains("synthesis-patch", "vote");
  }

  @Test
  void withoutAModeTheStreamSendsWholeViewsWithoutVersionAndAnUnknownModeIsRefused() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Whole");
    var statement = deliberating(official, project, 1).getFirst();
    var received = new CopyOnWriteArrayList<ServerSentEvent<String>>();
    var subscription =
        stream("/api/projects/" + project + "/synthesis/stream").subscribe(received::add);
    await().until(() -> !received.isEmpty());
    vote(citizen(), project, statement, "AGREE");
    await()
        .untilAsserted(
            () ->
                assertThat(received)
                    .filteredOn(event -> "synthesis".equals(event.event()))
                    .hasSizeGreaterThan(1));
    subscription.dispose();
    assertThat(received)
        .extracting(ServerSentEvent::event)
        .doesNotContain("synthesis-patch")
        .contains("vote");
    assertThat(received)
        .filteredOn(event -> "synthesis".equals(event.event()))
        .allSatisfy(event -> assertThat(event.data()).doesNotContain("\"version\""));

    http.get()
        .uri("/api/projects/{id}/synthesis/stream?view=diff", project)
        .accept(MediaType.TEXT_EVENT_STREAM, MediaType.APPLICATION_PROBLEM_JSON)
        .exchange()
        .expectStatus()
        .isBadRequest();
  }
}
