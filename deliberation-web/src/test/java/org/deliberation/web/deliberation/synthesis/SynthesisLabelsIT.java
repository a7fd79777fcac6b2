package org.deliberation.web.deliberation.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.deliberation.web.deliberation.live.DeliberationProjection;
import org.deliberation.web.testing.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The letters of the opinion groups are a function of the votes: the same after the live deliberation is rebuilt
 * from the events (as at every start), and kept when a vote comes in.
 */
class SynthesisLabelsIT extends ApiTestSupport {

  @Autowired EventProcessingConfiguration processing;

  @Test
  void theSameVotesGiveTheSameGroupLettersAfterAReplayAndKeepThemWhenAVoteComesIn() {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Lettered groups");
    var statements = deliberating(official, project, 6);
    // Two camps of different sizes; the smaller one votes first, so it is A.
    for (int p = 0; p < 15; p++) {
      castCamp(citizen(), project, statements, p % 3 == 0);
    }
    var live = awaitGroups(project, 15);
    assertThat(live.keySet()).containsExactly("A", "B");
    assertThat(live.get("A")).hasSize(5);
    assertThat(live.get("B")).hasSize(10);

    // One more voter, of the larger camp: nobody changes letter.
    var late = citizen();
    castCamp(late, project, statements, false);
    var after = awaitGroups(project, 16);
    assertThat(after.get("A")).containsExactlyInAnyOrderElementsOf(live.get("A"));
    assertThat(after.get("B")).containsAll(live.get("B")).contains(late.id());

    // The live deliberation rebuilt from the events, recomputed at other moments than the live run:
    // same letters.
    var processor =
        processing
            .eventProcessor(DeliberationProjection.GROUP, StreamingEventProcessor.class)
            .orElseThrow();
    processor.shutDown();
    processor.resetTokens();
    processor.start();
    await()
        .until(
            () ->
                processor.isRunning()
                    && !processor.processingStatus().isEmpty()
                    && processor.processingStatus().values().stream()
                        .allMatch(EventTrackerStatus::isCaughtUp));
    assertThat(awaitGroups(project, 16)).isEqualTo(after);
  }

  private void castCamp(Session voter, String project, List<String> statements, boolean first) {
    for (int s = 0; s < statements.size(); s++) {
      vote(voter, project, statements.get(s), (s < 3) == first ? "AGREE" : "DISAGREE");
    }
  }

  /** The members of each group by letter, once the synthesis holds every vote of these participants. */
  @SuppressWarnings("unchecked")
  private Map<String, Set<String>> awaitGroups(String project, int participants) {
    var groups = new ArrayList<Map<String, Set<String>>>();
    await()
        .untilAsserted(
            () -> {
              var synthesis =
                  http.get()
                      .uri("/api/projects/{id}/synthesis", project)
                      .exchange()
                      .expectStatus()
                      .isOk()
                      .expectBody(Map.class)
                      .returnResult()
                      .getResponseBody();
              assertThat(synthesis)
                  .containsEntry("participants", participants)
                  .containsEntry("votes", participants * 6);
              var points =
                  (List<Map<String, Object>>)
                      http.get()
                          .uri("/api/projects/{id}/participation-map", project)
                          .exchange()
                          .expectStatus()
                          .isOk()
                          .expectBody(Map.class)
                          .returnResult()
                          .getResponseBody()
                          .get("points");
              assertThat(points)
                  .hasSize(participants)
                  .allSatisfy(point -> assertThat(point.get("group")).isNotNull());
              var byLetter = new TreeMap<String, Set<String>>();
              for (var point : points) {
                byLetter
                    .computeIfAbsent((String) point.get("group"), letter -> new TreeSet<>())
                    .add((String) point.get("participant"));
              }
              var sizes =
                  ((List<Map<String, Object>>) synthesis.get("groups"))
                      .stream().map(group -> group.get("id") + "=" + group.get("size")).toList();
              assertThat(sizes)
                  .containsExactlyElementsOf(
                      byLetter.entrySet().stream()
                          .map(entry -> entry.getKey() + "=" + entry.getValue().size())
                          .toList());
              groups.clear();
              groups.add(byLetter);
            });
    return groups.getFirst();
  }
}
