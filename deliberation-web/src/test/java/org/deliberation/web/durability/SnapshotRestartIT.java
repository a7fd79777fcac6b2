package org.deliberation.web.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A restart applies the projections' snapshots and replays only the events after them; a kill -9 between two
 * snapshots loses nothing: the events after the last one are replayed from the store.
 */
class SnapshotRestartIT extends PackagedServerTest {

  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
  private static final Pattern APPLIED =
      Pattern.compile("activity: (\\d+) events applied from its snapshot");

  @Test
  void aRestartReplaysOnlyTheTailAndAKillBetweenSnapshotsLosesNothing() {
    String project;
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
                      "{\"title\":\"Snapshotted\",\"question\":\"Fast?\",\"authority\":\"Council\",\"language\":\"en\"}")
                  .body());
      edit(server, admin, project, 0, 10);
      server.stop(); // a clean shutdown writes the snapshots
    }
    assertThat(data.resolve("snapshots").resolve("activity.snapshot")).exists();

    try (var server = ServerProcess.start(data, logs.resolve("second.log"))) {
      // The project's creation and its 10 revisions, from the snapshot; none from the store.
      assertThat(applied(logs.resolve("second.log"))).isEqualTo(11);
      assertThat(changes(server, 11)).hasSize(11).doesNotHaveDuplicates();
      var admin = server.signIn(ServerProcess.ADMIN_EMAIL, ServerProcess.ADMIN_PASSWORD);
      edit(server, admin, project, 10, 15);
      server.kill(); // no snapshot of the last 5 revisions
    }

    try (var server = ServerProcess.start(data, logs.resolve("third.log"))) {
      assertThat(applied(logs.resolve("third.log"))).isBetween(11, 16);
      var changes = changes(server, 16);
      assertThat(changes).hasSize(16).doesNotHaveDuplicates();
      assertThat(changes.getLast()).contains("revision 15");
    }
  }

  private static void edit(ServerProcess server, String admin, String project, int from, int to) {
    var page = "/api/projects/" + project + "/pages/notes";
    var text = new StringBuilder();
    for (int i = 0; i < to; i++) {
      text.append("line ").append(i).append("\\n");
      if (i >= from) {
        var response =
            server.send(
                "PUT",
                page,
                admin,
                i == 0 ? null : "\"" + i + "\"",
                "{\"markdown\":\"" + text + "\"}");
        assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
      }
    }
  }

  /** The recent changes a new reader of the feed is sent first: their positions and summaries. */
  private static java.util.List<String> changes(ServerProcess server, int count) {
    return server.events("/api/stream", null, count).stream()
        .map(event -> event.get("id") + " " + event.get("data"))
        .toList();
  }

  private static int applied(Path log) {
    try {
      var matcher = APPLIED.matcher(Files.readString(log));
      assertThat(matcher.find()).as("the activity feed applied its snapshot").isTrue();
      return Integer.parseInt(matcher.group(1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
