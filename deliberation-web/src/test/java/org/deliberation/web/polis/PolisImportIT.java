package org.deliberation.web.polis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.deliberation.web.testing.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;

class PolisImportIT extends ApiTestSupport {

  private static Path conversation(String name) {
    for (var dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      var candidate = dir.resolveSibling("shared").resolve("data").resolve("polis").resolve(name);
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    assumeTrue(
        false, "the Pol.is open data (../shared/data/polis) is not beside this clone: skipped");
    throw new IllegalStateException();
  }

  private static MultipartBodyBuilder files(String comments, String votes) {
    var body = new MultipartBodyBuilder();
    body.part(
        "comments",
        new ByteArrayResource(comments.getBytes(StandardCharsets.UTF_8)) {
          @Override
          public String getFilename() {
            return "comments.csv";
          }
        });
    body.part(
        "votes",
        new ByteArrayResource(votes.getBytes(StandardCharsets.UTF_8)) {
          @Override
          public String getFilename() {
            return "votes.csv";
          }
        });
    return body;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> get(String uri, Object... variables) {
    return http.get()
        .uri(uri, variables)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
  }

  private String csv(String uri, Object... variables) {
    return http.mutate()
        .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(64 * 1024 * 1024))
        .build()
        .get()
        .uri(uri, variables)
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentTypeCompatibleWith("text/csv")
        .expectBody(String.class)
        .returnResult()
        .getResponseBody();
  }

  /** The rows of votes.csv without the datetime column, which is only a rendering of the timestamp. */
  private static List<String> voteRows(String csv) {
    var rows = new ArrayList<String>();
    for (var line : csv.strip().split("\r?\n")) {
      var cells = line.split(",");
      rows.add(cells[0] + "," + cells[2] + "," + cells[3] + "," + cells[4]);
    }
    rows.removeFirst();
    rows.sort(null);
    return rows;
  }

  @Test
  @SuppressWarnings("unchecked")
  void importsBiodiversityInTheBackgroundAndExportsTheSameVotesBack() throws IOException {
    var folder = conversation("scoop-hivemind.biodiversity");
    var comments = Files.readString(folder.resolve("comments.csv"));
    var votes = Files.readString(folder.resolve("votes.csv"));
    var moderator = withRoles("MODERATOR");
    var project = project(withRoles("OFFICIAL"), "Biodiversity");

    long started = System.nanoTime();
    var accepted =
        http.post()
            .uri("/api/projects/{id}/import/polis", project)
            .header(HttpHeaders.AUTHORIZATION, moderator.bearer())
            .contentType(MediaType.MULTIPART_FORM_DATA)
            .bodyValue(files(comments, votes).build())
            .exchange()
            .expectStatus()
            .isAccepted()
            .expectHeader()
            .value(HttpHeaders.LOCATION, location -> assertThat(location).startsWith("/api/jobs/"))
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    var job = (String) accepted.get("job");
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> assertThat(get("/api/jobs/{job}", job)).containsEntry("state", "DONE"));
    double seconds = (System.nanoTime() - started) / 1e9;
    // A figure to read, not a timed assertion: docs/benchmarks.md reports it.
    System.out.printf(
        Locale.ROOT,
        "Imported biodiversity (%d votes) in %.1f s%n",
        voteRows(votes).size(),
        seconds);
    assertThat(get("/api/jobs/{job}", job).get("done"))
        .isEqualTo(get("/api/jobs/{job}", job).get("total"));

    await()
        .atMost(Duration.ofSeconds(120))
        .untilAsserted(
            () -> {
              assertThat(voteRows(csv("/api/projects/{id}/export/votes.csv", project)))
                  .isEqualTo(voteRows(votes));
              assertThat(get("/api/projects/{id}/synthesis", project).get("groups"))
                  .asList()
                  .hasSizeGreaterThan(1);
            });
    var exportedComments = csv("/api/projects/{id}/export/comments.csv", project);
    assertThat(exportedComments.lines().count()).isEqualTo(comments.lines().count());
    var moderatedOut =
        comments
            .lines()
            .filter(line -> line.matches("^\\d+,[^,]*,\\d+,\\d+,\\d+,\\d+,-1,.*"))
            .count();
    var hidden =
        exportedComments
            .lines()
            .filter(line -> line.matches("^\\d+,[^,]*,\\d+,\\d+,\\d+,\\d+,-1,.*"))
            .count();
    assertThat(hidden).isEqualTo(moderatedOut).isPositive();
    var participants = csv("/api/projects/{id}/export/participants-votes.csv", project);
    assertThat(participants.lines().findFirst().orElseThrow())
        .startsWith("participant,group-id,n-comments,n-votes,n-agree,n-disagree,0,1,2");
    assertThat(
            participants
                .lines()
                .skip(1)
                .filter(line -> line.split(",", -1)[1].matches("\\d"))
                .count())
        .isGreaterThan(400);
  }

  @Test
  void refusesAMalformedFileNamingTheLineAndImportsNothing() {
    var moderator = withRoles("MODERATOR");
    var project = project(withRoles("OFFICIAL"), "Malformed");
    var comments =
        "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n"
            + "1568101622999,x,0,1,1,0,1,\"Fine\"\n"
            + "1568101622999,x,1,1,1,0,1,\"Also fine\"\n";
    var votes =
        "timestamp,datetime,comment-id,voter-id,vote\n"
            + "1567382954698,x,0,0,-1\n"
            + "1567382954698,x,1,0,1\n"
            + "1567382954698,x,1,2,agree\n";

    http.post()
        .uri("/api/projects/{id}/import/polis", project)
        .header(HttpHeaders.AUTHORIZATION, moderator.bearer())
        .contentType(MediaType.MULTIPART_FORM_DATA)
        .bodyValue(files(comments, votes).build())
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .value(
            detail ->
                assertThat((String) detail)
                    .contains(
                        "votes.csv, line 4",
                        "vote must be a whole number",
                        "Nothing was imported"));
    assertThat(get("/api/projects/{id}/statements", project).get("items")).asList().isEmpty();

    http.post()
        .uri("/api/projects/{id}/import/polis", project)
        .header(HttpHeaders.AUTHORIZATION, moderator.bearer())
        .contentType(MediaType.MULTIPART_FORM_DATA)
        .bodyValue(files(comments.replace("comment-body", "body"), votes).build())
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.detail")
        .value(
            detail -> assertThat((String) detail).contains("comments.csv, line 1", "comment-body"));

    http.post()
        .uri("/api/projects/{id}/import/polis", project)
        .header(HttpHeaders.AUTHORIZATION, citizen().bearer())
        .contentType(MediaType.MULTIPART_FORM_DATA)
        .bodyValue(files(comments, votes.replace(",agree", ",1")).build())
        .exchange()
        .expectStatus()
        .isForbidden();
  }
}
