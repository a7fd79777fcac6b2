package org.deliberation.web.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A reader of the synthesis stream who lost the connection when the server died resumes where it stopped: its
 * {@code Last-Event-ID} names an event-store position, which a restarted server (its live state rebuilt from the
 * events) understands the same way.
 */
class StreamResumptionIT extends PackagedServerTest {

  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

  @Test
  void resumesAfterTheLastEventSeenAcrossAKilledServer() {
    String stream;
    String project;
    String statement;
    String voter;
    Map<String, String> first;
    Map<String, String> second;
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
                      "{\"title\":\"Resumed\",\"question\":\"Kept?\",\"authority\":\"Council\",\"language\":\"en\"}")
                  .body());
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
      statement =
          ServerProcess.find(
              ID,
              server
                  .send(
                      "POST",
                      "/api/projects/" + project + "/statements",
                      admin,
                      null,
                      "{\"text\":\"Open the library on Sundays.\",\"kind\":\"CONTRIBUTION\"}")
                  .body());
      assertThat(
              server
                  .send(
                      "POST",
                      "/api/participants",
                      null,
                      null,
                      "{\"displayName\":\"Voter\",\"email\":\"voter@resume.example\",\"password\":\"a voter's password\"}")
                  .statusCode())
          .isEqualTo(201);
      voter = server.signIn("voter@resume.example", "a voter's password");
      var vote = "/api/projects/" + project + "/statements/" + statement + "/vote";
      assertThat(server.send("PUT", vote, admin, null, "{\"vote\":\"AGREE\"}").statusCode())
          .isEqualTo(200);
      assertThat(server.send("PUT", vote, voter, null, "{\"vote\":\"DISAGREE\"}").statusCode())
          .isEqualTo(200);

      // The live state takes the votes a moment after they are acknowledged; once the synthesis
      // counts both, a
      // reader's backlog holds both (before that, the second would arrive live, after a recomputed
      // synthesis).
      var synthesis = "/api/projects/" + project + "/synthesis";
      await()
          .untilAsserted(
              () ->
                  assertThat(server.send("GET", synthesis, null, null, null).body())
                      .contains("\"votes\":2"));

      stream = "/api/projects/" + project + "/synthesis/stream";
      // A reader who connected before the statement: asking from the start, it gets the statement
      // and both votes in
      // the order they happened, then the whole view.
      var seen = server.events(stream, "0", 4);
      assertThat(seen)
          .extracting(event -> event.get("event"))
          .containsExactly("statement", "vote", "vote", "synthesis");
      first = seen.get(1);
      second = seen.get(2);
      assertThat(Long.parseLong(second.get("id"))).isGreaterThan(Long.parseLong(first.get("id")));

      server.kill();
    }

    try (var server = ServerProcess.start(data, logs.resolve("second.log"))) {
      // The reader saw the first vote only when the server died: it resumes with that event's id.
      var resumed = server.events(stream, first.get("id"), 2);
      assertThat(resumed)
          .extracting(event -> event.get("event"))
          .containsExactly("vote", "synthesis");
      assertThat(resumed.getFirst().get("id")).isEqualTo(second.get("id"));
      assertThat(resumed.getFirst().get("data"))
          .contains("\"vote\":\"DISAGREE\"", "\"agree\":1", "\"disagree\":1");

      // Positions keep growing after the restart, so a later resumption cannot mistake a new event
      // for an old one.
      var vote = "/api/projects/" + project + "/statements/" + statement + "/vote";
      assertThat(server.send("PUT", vote, voter, null, "{\"vote\":\"PASS\"}").statusCode())
          .isEqualTo(200);
      // Resumed after the second vote, the third comes either from the backlog or live, depending
      // on whether the live
      // state had it when the reader connected; either way exactly once, with a larger id.
      var after =
          server.events(stream, second.get("id"), 2).stream()
              .filter(event -> "vote".equals(event.get("event")))
              .toList();
      assertThat(after).hasSize(1);
      assertThat(Long.parseLong(after.getFirst().get("id")))
          .isGreaterThan(Long.parseLong(second.get("id")));
      assertThat(after.getFirst().get("data")).contains("\"vote\":\"PASS\"");
    }
  }
}
