package org.deliberation.web.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Group A" on last week's printout is still group A after the server restarts: the live deliberation is replayed from
 * the events at every start, and recomputed at other moments than the live run, yet the same votes give the same
 * letters to the same people.
 */
class SynthesisLabelsRestartIT extends PackagedServerTest {

  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int STATEMENTS = 6;

  @Test
  void theSameVotesGiveTheSameGroupLettersAfterARestart() {
    String project;
    Map<String, Set<String>> before;
    try (var server = ServerProcess.start(data, logs.resolve("first.log"))) {
      var admin = server.signIn(ServerProcess.ADMIN_EMAIL, ServerProcess.ADMIN_PASSWORD);
      project =
          ServerProcess.find(
              ID,
              server
                  .send(
                      "POST",
                      "/api/projects",
                      admin,
                      null,
                      "{\"title\":\"Letters\",\"question\":\"Kept?\",\"authority\":\"Council\",\"language\":\"en\"}")
                  .body());
      var statements = new ArrayList<String>();
      for (int s = 0; s < STATEMENTS; s++) {
        statements.add(
            ServerProcess.find(
                ID,
                server
                    .send(
                        "POST",
                        "/api/projects/" + project + "/statements",
                        admin,
                        null,
                        "{\"text\":\"Statement " + s + "\",\"kind\":\"CONTRIBUTION\"}")
                    .body()));
      }
      assertThat(
              server
                  .send(
                      "POST",
                      "/api/projects/" + project + "/stage",
                      admin,
                      null,
                      "{\"stage\":\"DELIBERATION\"}")
                  .statusCode())
          .isEqualTo(200);
      // Two camps of different sizes; the smaller one votes first.
      for (int p = 0; p < 15; p++) {
        var email = "voter" + p + "@letters.example";
        assertThat(
                server
                    .send(
                        "POST",
                        "/api/participants",
                        null,
                        null,
                        "{\"displayName\":\"Voter "
                            + p
                            + "\",\"email\":\""
                            + email
                            + "\",\"password\":\"a voter's password\"}")
                    .statusCode())
            .isEqualTo(201);
        var voter = server.signIn(email, "a voter's password");
        boolean first = p % 3 == 0;
        for (int s = 0; s < STATEMENTS; s++) {
          var vote = (s < 3) == first ? "AGREE" : "DISAGREE";
          assertThat(
                  server
                      .send(
                          "PUT",
                          "/api/projects/" + project + "/statements/" + statements.get(s) + "/vote",
                          voter,
                          null,
                          "{\"vote\":\"" + vote + "\"}")
                      .statusCode())
              .isEqualTo(200);
        }
      }
      before = groups(server, project, 15);
      assertThat(before.keySet()).containsExactly("A", "B");
      assertThat(before.get("A")).hasSize(5);
      server.stop();
    }

    try (var server = ServerProcess.start(data, logs.resolve("second.log"))) {
      assertThat(groups(server, project, 15)).isEqualTo(before);
    }
  }

  /** The members of each group by letter, once the synthesis holds every vote. */
  @SuppressWarnings("unchecked")
  private static Map<String, Set<String>> groups(
      ServerProcess server, String project, int participants) {
    var found = new ArrayList<Map<String, Set<String>>>();
    await()
        .untilAsserted(
            () -> {
              var synthesis =
                  JSON.readValue(
                      server
                          .send("GET", "/api/projects/" + project + "/synthesis", null, null, null)
                          .body(),
                      Map.class);
              assertThat(synthesis)
                  .containsEntry("participants", participants)
                  .containsEntry("votes", participants * STATEMENTS);
              var points =
                  (List<Map<String, Object>>)
                      JSON.readValue(
                              server
                                  .send(
                                      "GET",
                                      "/api/projects/" + project + "/participation-map",
                                      null,
                                      null,
                                      null)
                                  .body(),
                              Map.class)
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
              found.clear();
              found.add(byLetter);
            });
    return found.getFirst();
  }
}
