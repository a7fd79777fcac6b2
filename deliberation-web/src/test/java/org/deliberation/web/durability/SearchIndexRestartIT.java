package org.deliberation.web.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The search index lives beside the data and keeps its own position: a restart resumes it without replaying, and a
 * dropped index is rebuilt from the events, while the server serves, into the same answers.
 */
class SearchIndexRestartIT extends PackagedServerTest {

  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

  /** What the server logs when it opens an index that must be rebuilt from the events (SearchConfig). */
  private static final String REBUILD = "it is rebuilt from the events";

  private static final String QUERY =
      "/api/search?q=tramway+%7C+v%C3%A9lo+%7C+%C3%A9coles&limit=50";

  @Test
  void resumesAfterARestartAndRebuildsADroppedIndexIntoTheSameResults() {
    String before;
    try (var server = ServerProcess.start(data, logs.resolve("first.log"))) {
      var admin = server.signIn(ServerProcess.ADMIN_EMAIL, ServerProcess.ADMIN_PASSWORD);
      var project =
          ServerProcess.find(
              ID,
              server
                  .send(
                      "POST",
                      "/api/projects",
                      admin,
                      null,
                      "{\"title\":\"Mobilité\",\"question\":\"Un tramway ?\",\"authority\":\"Métropole\",\"language\":\"fr\"}")
                  .body());
      for (var text :
          new String[] {
            "Le tramway doit desservir les écoles.",
            "Plus de pistes pour le vélo.",
            "A tramway would cut the traffic near the schools."
          }) {
        assertThat(
                server
                    .send(
                        "POST",
                        "/api/projects/" + project + "/statements",
                        admin,
                        null,
                        "{\"text\":\"" + text + "\",\"kind\":\"CONTRIBUTION\"}")
                    .statusCode())
            .isEqualTo(201);
      }
      assertThat(
              server
                  .send(
                      "PUT",
                      "/api/projects/" + project + "/pages/contexte",
                      admin,
                      null,
                      "{\"markdown\":\"# Contexte\\n\\nLe tramway passe devant trois écoles.\\n\"}")
                  .statusCode())
          .isEqualTo(201);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> total(server.send("GET", QUERY, null, null, null).body()) == 5);
      before = withoutScores(server.send("GET", QUERY, null, null, null).body());
      // Pages may render on the store driver's threads, whose class loader cannot see the jar's
      // templates
      // (DeliberationApplication): only the packaged server shows whether they are found there.
      for (var page :
          new String[] {
            "/",
            "/projects/" + project,
            "/projects/" + project + "/pages/contexte",
            "/projects/" + project + "/synthesis",
            "/search?q=tramway"
          }) {
        var shown = server.send("GET", page, null, null, null);
        assertThat(shown.statusCode()).as(page).isEqualTo(200);
        assertThat(shown.body()).as(page).contains("Mobilité");
      }
      server.stop();
    }

    try (var server = ServerProcess.start(data, logs.resolve("second.log"))) {
      // Resumed, not rebuilt: the answers are there as soon as the server is up.
      assertThat(server.send("GET", "/api/search/status", null, null, null).body())
          .doesNotContain("REBUILDING");
      assertThat(withoutScores(server.send("GET", QUERY, null, null, null).body()))
          .isEqualTo(before);
      server.stop();
    }

    assertThat(log("second.log")).doesNotContain(REBUILD);

    delete(data.resolve("index"));
    try (var server = ServerProcess.start(data, logs.resolve("third.log"))) {
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  server
                      .send("GET", "/api/search/status", null, null, null)
                      .body()
                      .contains("READY"));
      assertThat(withoutScores(server.send("GET", QUERY, null, null, null).body()))
          .isEqualTo(before);
    }
    assertThat(log("first.log")).contains(REBUILD);
    assertThat(log("third.log")).contains(REBUILD);
  }

  private String log(String name) {
    try {
      return Files.readString(logs.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long total(String body) {
    var matcher = Pattern.compile("\"total\":(\\d+)").matcher(body);
    return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
  }

  /** Scores may differ in their last digits between index layouts; the hits, their order and snippets may not. */
  private static String withoutScores(String body) {
    return body.replaceAll("\"score\":[0-9.Ee-]+", "\"score\":_");
  }

  private static void delete(Path folder) {
    try (var files = Files.walk(folder)) {
      files
          .sorted(Comparator.reverseOrder())
          .forEach(
              path -> {
                try {
                  Files.delete(path);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
