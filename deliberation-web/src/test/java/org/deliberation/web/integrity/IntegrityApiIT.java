package org.deliberation.web.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.deliberation.web.deliberation.live.DeliberationProjection;
import org.deliberation.web.testing.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

/**
 * A brigade of 20 pseudonyms voting as one on a small conversation: the integrity report shows them as one group with
 * its evidence, a preview shows what the consensus would be without them, an invalidation drops their votes from the
 * synthesis (also after the live deliberation is rebuilt from the events), its reversal counts them again, and time
 * travel shows each instant with the invalidations in force then.
 */
class IntegrityApiIT extends ApiTestSupport {

  private static final int STATEMENTS = 12;
  private static final int COMMON = 4;

  @Autowired EventProcessingConfiguration processing;

  @Test
  @SuppressWarnings("unchecked")
  void aBrigadeIsReportedPreviewedInvalidatedAndRestored() {
    var official = withRoles("OFFICIAL");
    var moderator = withRoles("MODERATOR");
    var project = project(official, "A brigaded hall");
    var statements = deliberating(official, project, STATEMENTS);
    // Sixteen honest voters in two camps, each with a few votes of their own; all agree on the
    // first four statements. Each takes the statements in an order of their own, as people do: the
    // same order at the same pace is what the lockstep check counts against accounts.
    var random = new Random(15);
    for (int p = 0; p < 16; p++) {
      var voter = citizen();
      var order = new ArrayList<Integer>();
      for (int s = 0; s < STATEMENTS; s++) {
        order.add(s);
      }
      Collections.shuffle(order, random);
      for (int s : order) {
        boolean agree = s < COMMON || (s % 2 == 0) == (p % 2 == 0);
        if (s >= COMMON && random.nextInt(4) == 0) {
          agree = !agree;
        }
        vote(voter, project, statements.get(s), agree ? "AGREE" : "DISAGREE");
      }
    }
    var before = awaitSynthesis(project, 16);
    var common = consensus(before);
    assertThat(common).as("the common ground of the honest voters").isNotEmpty();

    // Twenty pseudonyms, all alike: against the common ground, for everything else.
    var brigade = new TreeSet<String>();
    for (int b = 0; b < 20; b++) {
      var pseudonym = citizen();
      brigade.add(pseudonym.id());
      for (int s = 0; s < STATEMENTS; s++) {
        vote(pseudonym, project, statements.get(s), s < COMMON ? "DISAGREE" : "AGREE");
      }
    }
    var attacked = awaitSynthesis(project, 36);
    // The live synthesis runs the integrity check: the brigade, found as one group from its votes
    // and their lockstep, counts as one voter, so it moves nothing.
    assertThat(consensus(attacked)).as("the defence held").isEqualTo(common);

    // The integrity report: one group, the brigade, with its evidence and its impact.
    var report = get(moderator, "/api/projects/{id}/integrity", project);
    var groups = (List<Map<String, Object>>) report.get("groups");
    var strongest = groups.getFirst();
    var members = (List<Map<String, Object>>) strongest.get("members");
    assertThat(members.stream().map(m -> (String) m.get("id")).toList())
        .containsExactlyElementsOf(brigade);
    assertThat(members)
        .allSatisfy(m -> assertThat((String) m.get("displayName")).startsWith("Person"));
    assertThat(strongest).containsEntry("strong", true).containsEntry("size", 20);
    assertThat((List<Map<String, Object>>) strongest.get("evidence"))
        .extracting(e -> e.get("kind"))
        .contains("VOTES");
    // Every voter's sign-up instant was known; here everyone signed up in the same minute, so no
    // burst stands out.
    assertThat((Map<String, Object>) report.get("signals"))
        .containsEntry("signUps", 36)
        .containsEntry("addresses", false);
    assertThat((Integer) ((Map<String, Object>) strongest.get("impact")).get("changes"))
        .isPositive();
    assertThat(get(moderator, "/api/projects/{id}/integrity", project))
        .as("the same votes: the report kept, not computed again")
        .containsEntry("computedAt", report.get("computedAt"));

    // Nobody else reads it; preview and invalidation are the moderators' too.
    var citizen = citizen();
    http.get()
        .uri("/api/projects/{id}/integrity", project)
        .exchange()
        .expectStatus()
        .isUnauthorized();
    http.get()
        .uri("/api/projects/{id}/integrity", project)
        .header(HttpHeaders.AUTHORIZATION, citizen.bearer())
        .exchange()
        .expectStatus()
        .isForbidden();
    post(citizen, project, Map.of("participants", List.copyOf(brigade), "preview", true), 403);

    // The preview: the consensus without them, beside today's; nothing recorded.
    var preview =
        post(
            moderator, project, Map.of("participants", List.copyOf(brigade), "preview", true), 200);
    var current = (Map<String, Object>) preview.get("current");
    var without = (Map<String, Object>) preview.get("without");
    assertThat(current).containsEntry("participants", 36);
    assertThat(without).as("computed without their votes").containsEntry("participants", 16);
    assertThat(consensus(current)).isEqualTo(consensus(attacked));
    assertThat(consensus(without)).isEqualTo(common);
    // The defence already held, so leaving them out moves no statement between the lists.
    var changed = (Map<String, List<String>>) preview.get("changed");
    assertThat(changed.values()).allSatisfy(moved -> assertThat(moved).isEmpty());
    assertThat(list(moderator, project)).isEmpty();
    post(moderator, project, Map.of("participants", List.of("nobody"), "preview", true), 422);
    post(moderator, project, Map.of("participants", List.copyOf(brigade), "preview", false), 422);

    // Confirmed: the synthesis drops their votes.
    var recorded =
        post(
            moderator,
            project,
            Map.of("participants", List.copyOf(brigade), "reason", "Lockstep", "preview", false),
            201);
    var id = (String) recorded.get("id");
    var at = Instant.parse((String) recorded.get("at"));
    assertThat(recorded)
        .containsEntry("participants", List.copyOf(brigade))
        .containsEntry("reason", "Lockstep")
        .containsEntry("by", moderator.id());
    var invalidated = awaitSynthesis(project, 16);
    assertThat(consensus(invalidated)).isEqualTo(common);
    assertThat(list(moderator, project))
        .singleElement()
        .satisfies(i -> assertThat(i).containsEntry("state", "IN_FORCE"));

    // Rebuilt from the events, as at every start: still without them.
    rebuildTheLiveDeliberation();
    assertThat(consensus(awaitSynthesis(project, 16))).isEqualTo(common);

    // Time travel: before the invalidation, the synthesis as it was shown then.
    var past = get(moderator, "/api/projects/{id}/synthesis?at=" + at.minusMillis(1), project);
    assertThat(past).containsEntry("participants", 36);
    assertThat(consensus(past)).isEqualTo(consensus(attacked));

    // Reversed: counted again; a second reversal conflicts, an unknown one is not found.
    delete(moderator, project, id, 204);
    delete(moderator, project, id, 409);
    delete(moderator, project, "no-such-invalidation", 404);
    assertThat(consensus(awaitSynthesis(project, 36))).isEqualTo(consensus(attacked));
    assertThat(list(moderator, project))
        .singleElement()
        .satisfies(i -> assertThat(i).containsEntry("state", "REVERSED"));
    var during =
        get(
            moderator,
            "/api/projects/{id}/synthesis?at="
                + Instant.parse((String) list(moderator, project).getFirst().get("reversedAt"))
                    .minusMillis(1),
            project);
    assertThat(during).as("while it was in force").containsEntry("participants", 16);
  }

  @SuppressWarnings("unchecked")
  private static Set<String> consensus(Map<String, Object> synthesis) {
    var ids = new TreeSet<String>();
    ((List<Map<String, Object>>) synthesis.get("consensus"))
        .forEach(entry -> ids.add((String) entry.get("statement")));
    return ids;
  }

  private Map<String, Object> awaitSynthesis(String project, int participants) {
    var found = new ArrayList<Map<String, Object>>();
    await()
        .untilAsserted(
            () -> {
              var synthesis = get(null, "/api/projects/{id}/synthesis", project);
              assertThat(synthesis).containsEntry("participants", participants);
              assertThat(synthesis.get("votes")).isEqualTo(participants * STATEMENTS);
              found.clear();
              found.add(synthesis);
            });
    return found.getFirst();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> get(Session who, String uri, String project) {
    var request = http.get().uri(uri, project);
    if (who != null) {
      request = request.header(HttpHeaders.AUTHORIZATION, who.bearer());
    }
    return request
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> list(Session who, String project) {
    return http.get()
        .uri("/api/projects/{id}/invalidations", project)
        .header(HttpHeaders.AUTHORIZATION, who.bearer())
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(List.class)
        .returnResult()
        .getResponseBody();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> post(
      Session who, String project, Map<String, Object> body, int status) {
    return http.post()
        .uri("/api/projects/{id}/invalidations", project)
        .header(HttpHeaders.AUTHORIZATION, who.bearer())
        .bodyValue(body)
        .exchange()
        .expectStatus()
        .isEqualTo(status)
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
  }

  private void delete(Session who, String project, String id, int status) {
    http.delete()
        .uri("/api/projects/{id}/invalidations/{iid}", project, id)
        .header(HttpHeaders.AUTHORIZATION, who.bearer())
        .exchange()
        .expectStatus()
        .isEqualTo(status);
  }

  private void rebuildTheLiveDeliberation() {
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
  }
}
