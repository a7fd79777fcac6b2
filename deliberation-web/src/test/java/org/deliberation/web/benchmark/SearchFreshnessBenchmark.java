package org.deliberation.web.benchmark;

import java.util.Locale;
import java.util.Map;
import org.deliberation.web.testing.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.annotation.DirtiesContext;

/**
 * How soon an edit is found by search, end to end: from the moment the server acknowledged a page edit (the event is
 * stored) to the first search over HTTP that finds the edit's new word, polling every 5 ms. The baseline, in the same
 * run, is the same search for a word already indexed: the cost of one search request.
 */
@DirtiesContext // a server of its own, not one another benchmark has loaded
class SearchFreshnessBenchmark extends ApiTestSupport {

  private static final int EDITS = 200;

  @Test
  void anEditIsSearchableWithinASecond() throws InterruptedException {
    var official = withRoles("OFFICIAL");
    var project = project(official, "Freshness");
    var editor = citizen();
    var page = "/api/projects/" + project + "/pages/notes";
    http.put()
        .uri(page)
        .header(HttpHeaders.AUTHORIZATION, editor.bearer())
        .bodyValue(Map.of("markdown", "# Notes\n\nfirst words\n", "comment", "start"))
        .exchange()
        .expectStatus()
        .isCreated();
    var searchFirst = "/api/search?q=first&project=" + project;
    while (!found(searchFirst)) {
      Thread.sleep(5);
    }

    var searches = new long[EDITS];
    for (int i = 0; i < EDITS; i++) {
      long t0 = System.nanoTime();
      found(searchFirst);
      searches[i] = System.nanoTime() - t0;
    }
    var fresh = new long[EDITS];
    for (int i = 0; i < EDITS; i++) {
      var word = "qz" + (10_000 + i); // a word of its own, which no stemmer changes
      http.put()
          .uri(page)
          .header(HttpHeaders.AUTHORIZATION, editor.bearer())
          .header(HttpHeaders.IF_MATCH, "\"" + (i + 1) + "\"")
          .bodyValue(
              Map.of("markdown", "# Notes\n\nfirst words " + word + "\n", "comment", "edit " + i))
          .exchange()
          .expectStatus()
          .isOk();
      long t0 = System.nanoTime();
      while (!found("/api/search?q=" + word + "&project=" + project)) {
        Thread.sleep(5);
      }
      fresh[i] = System.nanoTime() - t0;
    }
    BenchmarkReport.line("## An edit to search, end to end (" + BenchmarkReport.machine() + ")");
    BenchmarkReport.line(
        String.format(
            Locale.ROOT,
            "| one search request (baseline), %d searches | p50 %.1f ms, p99 %.1f ms |",
            EDITS,
            BenchmarkReport.percentile(searches, 0.5),
            BenchmarkReport.percentile(searches, 0.99)));
    BenchmarkReport.line(
        String.format(
            Locale.ROOT,
            "| edit acknowledged → found by search, %d edits | p50 %.1f ms, p99 %.1f ms, max"
                + " %.1f ms |",
            EDITS,
            BenchmarkReport.percentile(fresh, 0.5),
            BenchmarkReport.percentile(fresh, 0.99),
            BenchmarkReport.percentile(fresh, 1.0)));
  }

  @SuppressWarnings("unchecked")
  private boolean found(String uri) {
    var body =
        http.get()
            .uri(uri)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    return ((Number) body.get("total")).longValue() > 0;
  }
}
