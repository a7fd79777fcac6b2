package org.deliberation.web.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the server acknowledged survives the process: the packaged jar is started on a data folder, written to, killed
 * with SIGKILL right after its last answer, restarted on the same folder, and read.
 */
class KillNineIT extends PackagedServerTest {

  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
  private static final Pattern REVISION = Pattern.compile("\"revision\":(\\d+)");

  @Test
  void keepsEveryAcknowledgedWriteAcrossKillNine() {
    int edits = 150;
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
                      "{\"title\":\"Durable\",\"question\":\"Kept?\",\"authority\":\"Council\",\"language\":\"en\"}")
                  .body());
      var page = "/api/projects/" + project + "/pages/log";
      assertThat(server.send("PUT", page, admin, null, "{\"markdown\":\"line 0\\n\"}").statusCode())
          .isEqualTo(201);
      var text = new StringBuilder("line 0\\n");
      for (int i = 1; i < edits; i++) {
        text.append("line ").append(i).append("\\n");
        var response =
            server.send("PUT", page, admin, "\"" + i + "\"", "{\"markdown\":\"" + text + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      }
      var registered =
          server.send(
              "POST",
              "/api/participants",
              null,
              null,
              "{\"displayName\":\"Last\",\"email\":\"last@durability.example\",\"password\":\"registered just before\"}");
      assertThat(registered.statusCode()).isEqualTo(201);

      server.kill();
    }

    try (var server = ServerProcess.start(data, logs.resolve("second.log"))) {
      var page = server.send("GET", "/api/projects/" + project + "/pages/log", null, null, null);
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(ServerProcess.find(REVISION, page.body())).isEqualTo(Integer.toString(edits));
      assertThat(page.body()).contains("line " + (edits - 1));
      assertThat(server.signIn("last@durability.example", "registered just before")).isNotBlank();
    }
  }

  @Test
  void keepsItsDataAcrossANormalRestart() {
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
                      "{\"title\":\"Restarted\",\"question\":\"Kept?\",\"authority\":\"Council\",\"language\":\"en\"}")
                  .body());
      server.stop();
    }
    try (var server = ServerProcess.start(data, logs.resolve("second.log"))) {
      var read = server.send("GET", "/api/projects/" + project, null, null, null);
      assertThat(read.statusCode()).isEqualTo(200);
      assertThat(read.body()).contains("\"title\":\"Restarted\"");
    }
  }
}
