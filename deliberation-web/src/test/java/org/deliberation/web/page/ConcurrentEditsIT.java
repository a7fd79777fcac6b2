package org.deliberation.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.deliberation.web.testing.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/**
 * Edits at the same moment: sixteen people editing sixteen pages never see a conflict they did not cause, and two
 * edits of the same revision are merged when they do not overlap, or one wins and the other gets the conflict.
 */
class ConcurrentEditsIT extends ApiTestSupport {

  private static final int CLIENTS = 16;
  private static final int EDITS = 30;

  @Test
  void editsOfDifferentPagesNeverConflict() throws Exception {
    var author = citizen();
    var project = project(withRoles("OFFICIAL"), "Concurrent pages");
    List<Callable<Integer>> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      var page = "/api/projects/" + project + "/pages/page-" + c;
      clients.add(
          () -> {
            var text = new StringBuilder("first\n");
            http.put()
                .uri(page)
                .header(HttpHeaders.AUTHORIZATION, author.bearer())
                .bodyValue(Map.of("markdown", text.toString()))
                .exchange()
                .expectStatus()
                .isCreated();
            for (int i = 1; i <= EDITS; i++) {
              text.append("line ").append(i).append('\n');
              http.put()
                  .uri(page)
                  .header(HttpHeaders.AUTHORIZATION, author.bearer())
                  .header(HttpHeaders.IF_MATCH, "\"" + i + "\"")
                  .bodyValue(Map.of("markdown", text.toString()))
                  .exchange()
                  .expectStatus()
                  .isOk();
            }
            return (Integer)
                http.get()
                    .uri(page)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody(Map.class)
                    .returnResult()
                    .getResponseBody()
                    .get("revision");
          });
    }
    List<Future<Integer>> results;
    try (var executor = Executors.newFixedThreadPool(CLIENTS)) {
      results = executor.invokeAll(clients);
    }
    for (var result : results) {
      assertThat(result.get()).isEqualTo(EDITS + 1);
    }
  }

  @Test
  void ofTwoOverlappingEditsOfTheSameRevisionOneWinsAndTheOtherGetsTheConflict() throws Exception {
    var author = citizen();
    var project = project(withRoles("OFFICIAL"), "Racing edits");
    var page = "/api/projects/" + project + "/pages/race";
    http.put()
        .uri(page)
        .header(HttpHeaders.AUTHORIZATION, author.bearer())
        .bodyValue(Map.of("markdown", "a\nb\nc\n"))
        .exchange()
        .expectStatus()
        .isCreated();

    var statuses = race(page, author, "a\nB1\nc\n", "a\nB2\nc\n");

    assertThat(statuses).containsExactlyInAnyOrder(200, 412);
    http.get()
        .uri(page)
        .exchange()
        .expectBody()
        .jsonPath("$.revision")
        .isEqualTo(2)
        .jsonPath("$.markdown")
        .value(text -> assertThat((String) text).isIn("a\nB1\nc\n", "a\nB2\nc\n"));
  }

  @Test
  void twoNonOverlappingEditsOfTheSameRevisionAreBothKept() throws Exception {
    var author = citizen();
    var project = project(withRoles("OFFICIAL"), "Merging racers");
    var page = "/api/projects/" + project + "/pages/race";
    http.put()
        .uri(page)
        .header(HttpHeaders.AUTHORIZATION, author.bearer())
        .bodyValue(Map.of("markdown", "a\nb\nc\nd\ne\nf\ng\n"))
        .exchange()
        .expectStatus()
        .isCreated();

    assertThat(race(page, author, "A\nb\nc\nd\ne\nf\ng\n", "a\nb\nc\nd\ne\nf\nG\n"))
        .containsExactly(200, 200);
    http.get()
        .uri(page)
        .exchange()
        .expectBody()
        .jsonPath("$.revision")
        .isEqualTo(3)
        .jsonPath("$.markdown")
        .isEqualTo("A\nb\nc\nd\ne\nf\nG\n");
  }

  /** Sends edits of revision 1 at the same moment; returns their statuses. */
  private List<Integer> race(String page, Session author, String... texts) throws Exception {
    var start = new CountDownLatch(1);
    List<Callable<Integer>> racers = new ArrayList<>();
    for (var text : texts) {
      racers.add(
          () -> {
            start.await();
            return http.put()
                .uri(page)
                .header(HttpHeaders.AUTHORIZATION, author.bearer())
                .header(HttpHeaders.IF_MATCH, "\"1\"")
                .bodyValue(Map.of("markdown", text))
                .exchange()
                .expectBody()
                .returnResult()
                .getStatus()
                .value();
          });
    }
    List<Future<Integer>> results;
    try (var executor = Executors.newFixedThreadPool(texts.length)) {
      results = racers.stream().map(executor::submit).toList();
      start.countDown();
    }
    var statuses = new ArrayList<Integer>();
    for (var result : results) {
      statuses.add(result.get());
    }
    return statuses;
  }
}
