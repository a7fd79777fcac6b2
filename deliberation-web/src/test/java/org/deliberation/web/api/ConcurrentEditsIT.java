package org.deliberation.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.deliberation.web.testing.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** Sixteen people editing sixteen pages at once never see a conflict they did not cause, and lose no edit. */
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
      clients.add(() -> {
        var text = new StringBuilder("first\n");
        http.put().uri(page).header(HttpHeaders.AUTHORIZATION, author.bearer())
            .bodyValue(Map.of("markdown", text.toString())).exchange().expectStatus().isCreated();
        for (int i = 1; i <= EDITS; i++) {
          text.append("line ").append(i).append('\n');
          http.put().uri(page).header(HttpHeaders.AUTHORIZATION, author.bearer())
              .header(HttpHeaders.IF_MATCH, "\"" + i + "\"")
              .bodyValue(Map.of("markdown", text.toString())).exchange().expectStatus().isOk();
        }
        return (Integer) http.get().uri(page).exchange().expectStatus().isOk().expectBody(Map.class).returnResult()
            .getResponseBody().get("revision");
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
}
