package org.deliberation.web.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

  @LocalServerPort
  int port;

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

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

  private record Run(long[] latencies, double seconds) {}

  private Run run(String project, String token, int perClient, boolean readOnly) throws Exception {
    long start = System.nanoTime();
    List<Future<long[]>> futures = new ArrayList<>();
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int c = 0; c < CLIENTS; c++) {
        int clientNumber = c;
        futures.add(executor.submit(() -> {
          long[] latencies = new long[perClient];
          var page = base() + "/api/projects/" + project + "/pages/page-" + clientNumber;
          var text = new StringBuilder("# Page " + clientNumber + "\n\nfirst\n");
          String etag = etagOf(send(HttpRequest.newBuilder(URI.create(page)).GET().build()));
          for (int i = 0; i < perClient; i++) {
            long t0 = System.nanoTime();
            if (readOnly) {
              send(HttpRequest.newBuilder(URI.create(page)).GET().build());
            } else {
              text.append("line ").append(i).append('\n');
              etag = etagOf(send(put(project, clientNumber, etag, text.toString(), token)));
            }
            latencies[i] = System.nanoTime() - t0;
          }
          return latencies;
        }));
      }
    }
    var all = new ArrayList<Long>();
    for (var future : futures) {
      for (long latency : future.get()) {
        all.add(latency);
      }
    }
    return new Run(all.stream().mapToLong(Long::longValue).toArray(), (System.nanoTime() - start) / 1e9);
  }

  private void report(String label, Run run) {
    BenchmarkReport.line(String.format("| %s, %d clients | %.0f /s | p50 %.1f ms, p99 %.1f ms |", label, CLIENTS,
        run.latencies().length / run.seconds(), BenchmarkReport.percentile(run.latencies(), 0.5),
        BenchmarkReport.percentile(run.latencies(), 0.99)));
  }

  private HttpRequest put(String project, int page, String etag, String markdown, String token) {
    var body = "{\"markdown\":\"" + markdown.replace("\n", "\\n") + "\",\"comment\":\"bench\"}";
    var builder = HttpRequest.newBuilder(URI.create(base() + "/api/projects/" + project + "/pages/page-" + page))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
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
