package org.deliberation.web.deliberation.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.project.Stage;
import org.deliberation.core.project.event.StageChanged;
import org.deliberation.web.deliberation.live.Deliberations;
import org.deliberation.web.testing.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

/** Vote admission across nodes: a change stored by another node, seen here only once it reaches the live state. */
class VoteAdmissionIT extends ApiTestSupport {

  @Autowired EventProcessingConfiguration processing;
  @Autowired EventStore events;
  @Autowired EventStorageEngine storage;
  @Autowired Deliberations deliberations;

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

  /** Appends an event to a project's stream the way another node's commit reaches this store: not through this node. */
  private void storedByAnotherNode(String project, Object payload) {
    DomainEventMessage<?> last =
        events.readEvents(project).asStream().reduce((first, second) -> second).orElseThrow();
    storage.appendEvents(
        new GenericDomainEventMessage<>(
            last.getType(), project, last.getSequenceNumber() + 1, payload));
  }

  @Test
  void votesTakenBeforeAnotherNodesCloseArrivesAreCountedAndNoneIsTakenOnceItHas() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Two nodes");
    var statement = contribution(citizen(), project, "Light the bridge at night.");
    stage(official, project, "DELIBERATION");
    var first = citizen();
    // The live state knows the project is deliberating once votes go through it.
    await().until(() -> voteStatus(first, project, statement, "AGREE") == 200);
    var voters = new ArrayList<Session>();
    for (int v = 0; v < 4; v++) {
      voters.add(citizen());
    }

    // The live state stands still, as a node's does while another node's commit is on its way to
    // it.
    var live = processing.eventProcessor("deliberation").orElseThrow();
    live.shutDown();
    try {
      storedByAnotherNode(
          project,
          new StageChanged(
              new ProjectId(project),
              Stage.DELIBERATION,
              Stage.SYNTHESIS,
              null,
              new ParticipantId(official.id())));
      for (var voter : voters) {
        // Taken here, as the change has not reached this node; stored after it.
        assertThat(voteStatus(voter, project, statement, "AGREE")).isEqualTo(200);
      }
    } finally {
      live.start();
    }

    await().until(() -> deliberations.find(project).orElseThrow().stage() == Stage.SYNTHESIS);
    assertThat(voteStatus(citizen(), project, statement, "AGREE"))
        .as("once the change arrived")
        .isEqualTo(409);
    await()
        .untilAsserted(
            () ->
                assertThat(
                        http.get()
                            .uri("/api/projects/{id}/statements/{sid}", project, statement)
                            .exchange()
                            .expectStatus()
                            .isOk()
                            .expectBody(Map.class)
                            .returnResult()
                            .getResponseBody()
                            .get("counts"))
                    .as("every vote taken is counted, the refused one is not")
                    .isEqualTo(Map.of("agree", 1 + voters.size(), "disagree", 0, "pass", 0)));
  }
}
