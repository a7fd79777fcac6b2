package org.deliberation.web.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.regex.Pattern;
import org.deliberation.web.platform.store.EmbeddedMongo;
import org.deliberation.web.platform.store.StoreForceSwitch;
import org.deliberation.web.testing.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Reads and edits of pages through HTTP with 16 concurrent clients, each on its own page, beside the liveness probe
 * (the floor of any request on this machine) in the same run: full page reads, conditional reads (304), project
 * reads, statement lists, then edits with If-Match as a wiki client makes them.
 */
@DirtiesContext // a server of its own, not one another benchmark has loaded
class PageEditHttpBenchmark extends ApiTestSupport {

  private static final int CLIENTS = 16;
  private static final int READS_PER_CLIENT = 500;
  private static final int EDITS_PER_CLIENT = 150;
  private static final int STATEMENTS = 50;
  private static final Pattern ETAG = Pattern.compile("\"(\\d+)\"");

  @LocalServerPort int port;

  @Autowired EmbeddedMongo store;

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void readsAndEditsPagesWithSixteenClients() throws Exception {
    var author = citizen();
    var official = withRoles("OFFICIAL");
    var project = project(official, "Benchmark");
    for (int c = 0; c < CLIENTS; c++) {
      send(put(project, c, null, "# Page " + c + "\n\nfirst\n", author.token()));
    }
    // Statements to list, in a project of their own (pages are edited in the first one's stage).
    var debated = project(official, "Debated");
    stage(official, debated, "DELIBERATION");
    for (int s = 0; s < STATEMENTS; s++) {
      contribution(
          author, debated, "Statement number " + s + " about the hall and its opening hours.");
    }
    var pages = new String[CLIENTS];
    for (int c = 0; c < CLIENTS; c++) {
      pages[c] = base() + "/api/projects/" + project + "/pages/page-" + c;
    }
    var probe = get(base() + "/actuator/health/liveness");
    var projectRead = get(base() + "/api/projects/" + project);
    var statements = get(base() + "/api/projects/" + debated + "/statements");
    // Warm-up: JIT, connection pools and the caches, not measured.
    reads(probe, 100);
    reads((c, i) -> get(pages[c]), 100);
    reads(projectRead, 100);
    reads(statements, 100);
    edits(project, author.token(), 20);

    var runs = new LinkedHashMap<String, ConcurrentClients.Run>();
    var firstProbe = reads(probe, READS_PER_CLIENT);
    runs.put("page reads, full", reads((c, i) -> get(pages[c]), READS_PER_CLIENT));
    var tags = new String[CLIENTS];
    for (int c = 0; c < CLIENTS; c++) {
      tags[c] = send(get(pages[c])).headers().firstValue("ETag").orElseThrow();
    }
    var conditional =
        client.send(
            HttpRequest.newBuilder(URI.create(pages[0]))
                .header("If-None-Match", tags[0])
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (conditional.statusCode() != 304) {
      throw new IllegalStateException(
          "a conditional read was answered " + conditional.statusCode());
    }
    runs.put(
        "page reads, If-None-Match (304)",
        reads(
            (c, i) ->
                HttpRequest.newBuilder(URI.create(pages[c]))
                    .header("If-None-Match", tags[c])
                    .GET()
                    .build(),
            READS_PER_CLIENT));
    runs.put("project reads", reads(projectRead, READS_PER_CLIENT));
    runs.put(
        "statement lists (" + STATEMENTS + " statements)", reads(statements, READS_PER_CLIENT));
    runs.put("page edits", edits(project, author.token(), EDITS_PER_CLIENT));
    // The same edits with the store's file committed but not forced: what the force costs them.
    StoreForceSwitch.forceFile(store, false);
    try {
      runs.put("page edits, file not forced", edits(project, author.token(), EDITS_PER_CLIENT));
    } finally {
      StoreForceSwitch.forceFile(store, true);
    }
    var lastProbe = reads(probe, READS_PER_CLIENT);

    // The probe before and after the others: the ratios are to the faster of the two.
    var floor = firstProbe.rate() >= lastProbe.rate() ? firstProbe : lastProbe;
    BenchmarkReport.line(
        "## Page reads and edits through HTTP (" + BenchmarkReport.machine() + ")");
    report("liveness probe (baseline), first", firstProbe, floor);
    report("liveness probe (baseline), last", lastProbe, floor);
    for (var run : runs.entrySet()) {
      report(run.getKey(), run.getValue(), floor);
    }
  }

  private interface RequestOf {
    HttpRequest of(int client, int request);
  }

  private ConcurrentClients.Run reads(HttpRequest request, int perClient) throws Exception {
    return reads((c, i) -> request, perClient);
  }

  private ConcurrentClients.Run reads(RequestOf requests, int perClient) throws Exception {
    return ConcurrentClients.run(CLIENTS, perClient, (c, i) -> send(requests.of(c, i)));
  }

  private ConcurrentClients.Run edits(String project, String token, int perClient)
      throws Exception {
    var texts = new StringBuilder[CLIENTS];
    var etags = new String[CLIENTS];
    for (int c = 0; c < CLIENTS; c++) {
      var page = send(get(base() + "/api/projects/" + project + "/pages/page-" + c));
      texts[c] = new StringBuilder(markdownOf(page.body()));
      etags[c] = etagOf(page);
    }
    return ConcurrentClients.run(
        CLIENTS,
        perClient,
        (client, i) -> {
          texts[client].append("line ").append(i).append('\n');
          etags[client] =
              etagOf(send(put(project, client, etags[client], texts[client].toString(), token)));
        });
  }

  private static HttpRequest get(String uri) {
    return HttpRequest.newBuilder(URI.create(uri)).GET().build();
  }

  // The page's text as the read gives it; the benchmark's texts have no quotes or escapes but \n.
  private static String markdownOf(String json) {
    var start = json.indexOf("\"markdown\":\"") + "\"markdown\":\"".length();
    return json.substring(start, json.indexOf('"', start)).replace("\\n", "\n");
  }

  private void report(String label, ConcurrentClients.Run run, ConcurrentClients.Run floor) {
    BenchmarkReport.line(
        String.format(
            Locale.ROOT,
            "| %s, %d clients, %,d requests | %.0f /s | %.2f | p50 %.1f ms, p99 %.1f ms |",
            label,
            CLIENTS,
            run.latencies().length,
            run.rate(),
            run.rate() / floor.rate(),
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
    if (response.statusCode() >= 300 && response.statusCode() != 304) {
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
