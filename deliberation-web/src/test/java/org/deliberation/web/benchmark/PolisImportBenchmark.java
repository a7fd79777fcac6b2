package org.deliberation.web.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.deliberation.web.testing.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Pol.is imports over HTTP, from the upload to the job's {@code DONE} (every vote durable), then to the moment the live
 * synthesis counts every vote. First the real 33k-vote conversation {@code scoop-hivemind.biodiversity} three times
 * (the baseline), then a synthetic conversation of 1M votes (10,000 participants × 1,000 comments, 100 votes each),
 * in the same run, so the ratio of the two rates shows whether the import slows down with size.
 */
@DirtiesContext // a server of its own, not one another benchmark has loaded
class PolisImportBenchmark extends ApiTestSupport {

  private static final int PARTICIPANTS = 10_000;
  private static final int COMMENTS = 1_000;
  private static final int VOTES_EACH = 100;

  private record Timing(long votes, double importSeconds, double caughtUpSeconds) {

    double rate() {
      return votes / importSeconds;
    }
  }

  @Test
  void importsTheRealConversationsAndAMillionSyntheticVotes() throws IOException {
    BenchmarkReport.line("## Pol.is imports through HTTP (" + BenchmarkReport.machine() + ")");
    var real = realConversation();
    var runs = new double[3];
    Timing biodiversity = null;
    if (real != null) {
      for (int run = 0; run < runs.length; run++) {
        biodiversity = importAndWait("Biodiversity " + run, real[0], real[1]);
        runs[run] = biodiversity.importSeconds();
        report("scoop-hivemind.biodiversity, run " + (run + 1), biodiversity);
      }
      Arrays.sort(runs);
    } else {
      BenchmarkReport.line(
          "| scoop-hivemind.biodiversity | skipped: ../shared/data/polis is not beside this clone |");
    }
    var synthetic = synthetic();
    var million = importAndWait("A million votes", synthetic[0], synthetic[1]);
    report("synthetic, 10k participants × 1k comments", million);
    if (biodiversity != null) {
      BenchmarkReport.line(
          String.format(Locale.ROOT, "| biodiversity median import | %.1f s |", runs[1]));
      BenchmarkReport.line(
          String.format(
              Locale.ROOT,
              "| 1M-vote import rate ÷ biodiversity's | %.2f |",
              million.rate() / biodiversity.rate()));
    }
  }

  private void report(String label, Timing timing) {
    BenchmarkReport.line(
        String.format(
            Locale.ROOT,
            "| %s, %,d votes | job done in %.1f s (%,.0f votes/s) | synthesis counts every"
                + " vote after %.1f s |",
            label,
            timing.votes(),
            timing.importSeconds(),
            timing.rate(),
            timing.caughtUpSeconds()));
  }

  @SuppressWarnings("unchecked")
  private Timing importAndWait(String title, String comments, String votes) {
    var moderator = withRoles("MODERATOR");
    var project = project(withRoles("OFFICIAL"), title);
    var body = new MultipartBodyBuilder();
    body.part("comments", file(comments, "comments.csv"));
    body.part("votes", file(votes, "votes.csv"));
    long expected = votes.lines().count() - 1;

    long started = System.nanoTime();
    var accepted =
        http.mutate()
            .responseTimeout(Duration.ofMinutes(2))
            .build()
            .post()
            .uri("/api/projects/{id}/import/polis", project)
            .header(HttpHeaders.AUTHORIZATION, moderator.bearer())
            .contentType(MediaType.MULTIPART_FORM_DATA)
            .bodyValue(body.build())
            .exchange()
            .expectStatus()
            .isAccepted()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    var job = (String) accepted.get("job");
    await()
        .atMost(Duration.ofMinutes(10))
        .pollInterval(Duration.ofMillis(100))
        .untilAsserted(
            () -> assertThat(get("/api/jobs/{job}", job)).containsEntry("state", "DONE"));
    double imported = (System.nanoTime() - started) / 1e9;
    await()
        .atMost(Duration.ofMinutes(20))
        .pollInterval(Duration.ofMillis(250))
        .untilAsserted(
            () ->
                assertThat(
                        ((Number) get("/api/projects/{id}/synthesis", project).get("votes"))
                            .longValue())
                    .isGreaterThanOrEqualTo(distinct(votes)));
    double caughtUp = (System.nanoTime() - started) / 1e9;
    return new Timing(expected, imported, caughtUp);
  }

  /** Votes counted by the synthesis: a participant's last vote on a comment, so repeated pairs count once. */
  private static long distinct(String votes) {
    return votes
        .lines()
        .skip(1)
        .map(
            line -> {
              var cells = line.split(",");
              return cells[2] + "/" + cells[3];
            })
        .distinct()
        .count();
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

  private static ByteArrayResource file(String text, String name) {
    return new ByteArrayResource(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return name;
      }
    };
  }

  private static String[] realConversation() throws IOException {
    for (var dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      var folder =
          dir.resolveSibling("shared")
              .resolve("data")
              .resolve("polis")
              .resolve("scoop-hivemind.biodiversity");
      if (Files.isDirectory(folder)) {
        return new String[] {
          Files.readString(folder.resolve("comments.csv")),
          Files.readString(folder.resolve("votes.csv"))
        };
      }
    }
    return null;
  }

  /** Comments and votes in Pol.is's export format, the votes those of a {@link SyntheticConversation}. */
  private static String[] synthetic() {
    long start = 1_700_000_000_000L;
    var comments =
        new StringBuilder(
            "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,"
                + "comment-body\n");
    for (int c = 0; c < COMMENTS; c++) {
      comments
          .append(start + c)
          .append(",Tue Nov 14 22:13:20 UTC 2023,")
          .append(c)
          .append(',')
          .append(c % PARTICIPANTS)
          .append(",0,0,1,\"Synthetic comment number ")
          .append(c)
          .append("\"\n");
    }
    var votes = new StringBuilder(PARTICIPANTS * VOTES_EACH * 48);
    votes.append("timestamp,datetime,comment-id,voter-id,vote\n");
    long[] time = {start + COMMENTS};
    SyntheticConversation.generate(
        PARTICIPANTS,
        COMMENTS,
        VOTES_EACH,
        11,
        (participant, comment, vote) ->
            votes
                .append(time[0]++)
                .append(",Tue Nov 14 22:13:20 UTC 2023,")
                .append(comment)
                .append(',')
                .append(participant)
                .append(',')
                .append(vote)
                .append('\n'));
    return new String[] {comments.toString(), votes.toString()};
  }
}
