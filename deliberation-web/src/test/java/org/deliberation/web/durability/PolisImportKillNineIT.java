package org.deliberation.web.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.deliberation.web.testing.PolisFiles;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * An import survives {@code kill -9}: the packaged server is killed in the middle of each phase of an import, started
 * again on the same data, and the job answers, resumes from its last acknowledged batch and completes, with exactly
 * the conversation's statements and votes, none twice.
 */
class PolisImportKillNineIT extends PackagedServerTest {

  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
  private static final Pattern JOB = Pattern.compile("\"job\":\"([^\"]+)\"");
  private static final String MULTIPART = "multipart/form-data; boundary=" + PolisFiles.BOUNDARY;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void resumesAnImportKilledInItsStatementsPhase() {
    killAndResume("STATEMENTS", "statements", 60);
  }

  @Test
  void resumesAnImportKilledInItsVotesPhase() {
    killAndResume("VOTES", "votes", 10 * 256);
  }

  private void killAndResume(String phase, String kind, long storedAtLeast) {
    var conversation = PolisFiles.conversation("scoop-hivemind.biodiversity");
    String project;
    String job;
    Map<String, Object> atKill;
    try (var server = ServerProcess.start(data, logs.resolve("first.log"))) {
      var admin = server.signIn(ServerProcess.ADMIN_EMAIL, ServerProcess.ADMIN_PASSWORD);
      project = newProject(server, admin, "Killed in " + phase);
      var accepted =
          server.sendBytes(
              "POST",
              "/api/projects/" + project + "/import/polis",
              admin,
              MULTIPART,
              PolisFiles.multipart(conversation.comments(), conversation.votes()));
      assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
      job = ServerProcess.find(JOB, accepted.body());

      var seen = new AtomicReference<Map<String, Object>>();
      await()
          .atMost(Duration.ofSeconds(120))
          .pollInterval(Duration.ofMillis(10))
          .until(
              () -> {
                seen.set(json(server, "/api/jobs/" + job));
                assertThat(seen.get().get("state"))
                    .as("the import ended before the kill: %s", seen.get())
                    .isEqualTo("RUNNING");
                return phase.equals(seen.get().get("phase"))
                    && stored(seen.get(), kind) >= storedAtLeast;
              });
      server.kill();
      atKill = seen.get();
    }
    System.out.printf(
        Locale.ROOT, "Killed the import in its %s phase: %s%n", phase, atKill.get("stored"));

    try (var server = ServerProcess.start(data, logs.resolve("second.log"))) {
      long restarted = System.nanoTime();
      var afterRestart = json(server, "/api/jobs/" + job);
      System.out.printf(
          Locale.ROOT,
          "After the restart the job answers: %s, %s%n",
          afterRestart.get("state"),
          afterRestart.get("stored"));
      assertThat(afterRestart.get("total")).isEqualTo(atKill.get("total"));
      assertThat(stored(afterRestart, kind)).isGreaterThanOrEqualTo(storedAtLeast);
      await()
          .atMost(Duration.ofSeconds(180))
          .pollInterval(Duration.ofMillis(200))
          .until(() -> "DONE".equals(json(server, "/api/jobs/" + job).get("state")));
      var done = json(server, "/api/jobs/" + job);
      System.out.printf(
          Locale.ROOT,
          "Resumed and done %.1f s after the restart: %s%n",
          (System.nanoTime() - restarted) / 1e9,
          done.get("stored"));
      assertThat(done.get("done")).isEqualTo(done.get("total"));
      assertThat(stored(done, "statements")).isEqualTo(rows(conversation.comments()).size());
      assertThat(stored(done, "votes")).isEqualTo(rows(conversation.votes()).size());

      @SuppressWarnings("unchecked")
      var shown = (Map<String, Object>) json(server, "/api/projects/" + project).get("import");
      assertThat(shown).containsEntry("job", job).containsEntry("state", "DONE");

      var expectedVotes = voteRows(conversation.votes());
      await()
          .atMost(Duration.ofSeconds(120))
          .pollInterval(Duration.ofMillis(500))
          .untilAsserted(
              () ->
                  assertThat(
                          difference(
                              voteRows(
                                  csv(server, "/api/projects/" + project + "/export/votes.csv")),
                              expectedVotes))
                      .isEqualTo("none"));
      // Each participant's last vote on each statement: 29,719 of biodiversity's 29,802 rows.
      long finalVotes =
          rows(conversation.votes()).stream()
              .map(line -> line.split(","))
              .map(c -> c[2] + "/" + c[3])
              .distinct()
              .count();
      long counted =
          rows(csv(server, "/api/projects/" + project + "/export/participants-votes.csv")).stream()
              .mapToLong(line -> Long.parseLong(line.split(",", -1)[3]))
              .sum();
      assertThat(counted).isEqualTo(finalVotes);
      var comments = rows(csv(server, "/api/projects/" + project + "/export/comments.csv"));
      assertThat(comments).hasSize(rows(conversation.comments()).size()).doesNotHaveDuplicates();

      var admin = server.signIn(ServerProcess.ADMIN_EMAIL, ServerProcess.ADMIN_PASSWORD);
      var small = PolisFiles.conversation("london.youth.policing");
      var again =
          server.sendBytes(
              "POST",
              "/api/projects/" + project + "/import/polis",
              admin,
              MULTIPART,
              PolisFiles.multipart(small.comments(), small.votes()));
      assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
      var elsewhere =
          server.sendBytes(
              "POST",
              "/api/projects/" + newProject(server, admin, "After the kill") + "/import/polis",
              admin,
              MULTIPART,
              PolisFiles.multipart(small.comments(), small.votes()));
      assertThat(elsewhere.statusCode()).as(elsewhere.body()).isEqualTo(202);
      var next = ServerProcess.find(JOB, elsewhere.body());
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(200))
          .until(() -> "DONE".equals(json(server, "/api/jobs/" + next).get("state")));
    }
  }

  private static String newProject(ServerProcess server, String admin, String title) {
    var created =
        server.send(
            "POST",
            "/api/projects",
            admin,
            null,
            "{\"title\":\""
                + title
                + "\",\"question\":\"Imported?\",\"authority\":\"Council\",\"language\":\"en\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return ServerProcess.find(ID, created.body());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(ServerProcess server, String path) {
    var response = server.send("GET", path, null, null, null);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return JSON.readValue(response.body(), Map.class);
  }

  @SuppressWarnings("unchecked")
  private static long stored(Map<String, Object> job, String kind) {
    return ((Number) ((Map<String, Object>) job.get("stored")).get(kind)).longValue();
  }

  private static String csv(ServerProcess server, String path) {
    var response = server.send("GET", path, null, null, null);
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  /** What differs between two lists of rows, in a line: "none", or the counts and a few examples. */
  private static String difference(List<String> actual, List<String> expected) {
    var missing = new java.util.HashMap<String, Integer>();
    expected.forEach(row -> missing.merge(row, 1, Integer::sum));
    var extra = new ArrayList<String>();
    for (var row : actual) {
      if (missing.merge(row, -1, Integer::sum) < 0) {
        extra.add(row);
      }
    }
    var absent =
        missing.entrySet().stream()
            .filter(e -> e.getValue() > 0)
            .map(Map.Entry::getKey)
            .sorted()
            .toList();
    return absent.isEmpty() && extra.isEmpty()
        ? "none"
        : actual.size()
            + " rows for "
            + expected.size()
            + ": "
            + absent.size()
            + " missing "
            + absent.stream().limit(5).toList()
            + ", "
            + extra.size()
            + " extra "
            + extra.stream().limit(5).toList();
  }

  /** The data lines of a CSV without a quoted line break (Pol.is bodies here have none). */
  private static List<String> rows(String csv) {
    return csv.strip().lines().skip(1).toList();
  }

  /** The rows of votes.csv without the datetime column, which is only a rendering of the timestamp, sorted. */
  private static List<String> voteRows(String csv) {
    var rows = new ArrayList<String>();
    for (var line : rows(csv)) {
      var cells = line.split(",");
      rows.add(cells[0] + "," + cells[2] + "," + cells[3] + "," + cells[4]);
    }
    rows.sort(null);
    return rows;
  }
}
