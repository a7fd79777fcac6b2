package org.deliberation.web.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;
import org.deliberation.web.testing.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Page edits per second through HTTP with 16 concurrent clients, each editing its own page with If-Match as a wiki
 * client does; in the same run, page reads by the same clients as the baseline.
 */
@DirtiesContext // a server of its own, not one another benchmark has loaded
class PageEditHttpBenchmark extends ApiTestSupport {

  private static final int CLIENTS = 16;
  private static final int EDITS_PER_CLIENT = 150;
  private static final Pattern ETAG = Pattern.compile("\"(\\d+)\"");

  @LocalServerPort int port;

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void editsPagesWithSixteenClients() throws Exception {
    var author = citizen();
    var project = project(withRoles("OFFICIAL"), "Benchmark");
    for (int c = 0; c < CLIENTS; c++) {
      send(put(project, c, null, "# Page " + c + "\n\nfirst\n", author.token()));
    }
    // Warm-up: JIT and connection pools, not measured.
    run(project, author.token(), 20, false);

    BenchmarkReport.line("## Page edits through HTTP (" + BenchmarkReport.machine() + ")");
    var reads = run(project, author.token(), EDITS_PER_CLIENT, true);
    var edits = run(project, author.token(), EDITS_PER_CLIENT, false);
    report("page reads (baseline)", reads);
    report("page edits", edits);
  }

  private ConcurrentClients.Run run(String project, String token, int perClient, boolean readOnly)
      throws Exception {
    var pages = new String[CLIENTS];
    var texts = new StringBuilder[CLIENTS];
    var etags = new String[CLIENTS];
    for (int c = 0; c < CLIENTS; c++) {
      pages[c] = base() + "/api/projects/" + project + "/pages/page-" + c;
      texts[c] = new StringBuilder("# Page " + c + "\n\nfirst\n");
      etags[c] = etagOf(send(HttpRequest.newBuilder(URI.create(pages[c])).GET().build()));
    }
    return ConcurrentClients.run(
        CLIENTS,
        perClient,
        (client, i) -> {
          if (readOnly) {
            send(HttpRequest.newBuilder(URI.create(pages[client])).GET().build());
          } else {
            texts[client].append("line ").append(i).append('\n');
            etags[client] =
                etagOf(send(put(project, client, etags[client], texts[client].toString(), token)));
          }
        });
  }

  private void report(String label, ConcurrentClients.Run run) {
    BenchmarkReport.line(
        String.format(
            Locale.ROOT,
            "| %s, %d clients | %.0f /s | p50 %.1f ms, p99 %.1f ms |",
            label,
            CLIENTS,
            run.rate(),
            BenchmarkReport.percentile(run.latencies(), 0.5),
            BenchmarkReport.percentile(run.latencies(), 0.99)));
  }

  private HttpRequest put(String project, int page, String etag, String markdown, String token) {
    var body = "{\"markdown\":\"" + markdown.replace("\n", "\\n") + "\",\"comment\":\"bench\"}";
    var builder =
        HttpRequest.newBuilder(
                URI.create(base() + "/api/projects/" + project + "/pages/page-" + page))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token)
            .PUT(HttpRequest.BodyPublishers.ofString(body));
    if (etag != null) {
      builder.header("If-Match", "\"" + etag + "\"");
    }
    return builder.build();
  }

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    var response = client.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(response.statusCode() + " " + response.body());
    }
    return response;
  }

  private static String etagOf(HttpResponse<String> response) {
    var matcher = ETAG.matcher(response.headers().firstValue("ETag").orElseThrow());
    if (!matcher.find()) {
      throw new IllegalStateException("no ETag");
    }
    return matcher.group(1);
  }

  private String base() {
    return "http://127.0.0.1:" + port;
  }
}
