package org.deliberation.web.benchmark;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.StatementId;
import org.deliberation.core.project.Language;
import org.deliberation.core.project.event.ProjectCreated;
import org.deliberation.core.statement.StatementKind;
import org.deliberation.core.statement.Vote;
import org.deliberation.core.statement.event.StatementPosted;
import org.deliberation.core.statement.event.VoteCast;
import org.deliberation.web.platform.axon.EventSerialization;
import org.deliberation.web.platform.store.EmbeddedMongo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start to healthy of the packaged jar as a child process: on an empty store, and on a store of {@code startup.votes}
 * votes (a million unless told) with and without the projections' snapshots, beside the start of a JVM that does
 * nothing, in the same run ({@code -Dstartup.emptyOnly=true}: the empty store only); both as {@code java -jar} starts it
 * and in the image's form, the jar extracted with the JVM's AOT cache of a training run (docker/Dockerfile). The
 * breakdown comes from the server's own log: the context's start, each snapshot applied.
 */
class StartupBenchmark {

  private static final Path JAR = Path.of("target", "deliberation-web.jar");
  private static final Pattern STARTED =
      Pattern.compile("Started DeliberationApplication in ([\\d.]+) seconds");
  private static final Pattern APPLIED =
      Pattern.compile("(\\w+): (\\d+) events applied from its snapshot in (\\d+) ms");

  @TempDir Path empty;
  @TempDir Path loaded;
  @TempDir Path extracted;

  @Test
  void startToHealthyOnAnEmptyStoreAndOnAMillionVotes() throws Exception {
    assumeTrue(Files.isRegularFile(JAR), "the packaged jar is built by mvn verify");
    int votes = Integer.getInteger("startup.votes", 1_000_000);
    BenchmarkReport.line("## Start to healthy (" + BenchmarkReport.machine() + ")");
    BenchmarkReport.line("| start | to healthy | of which Spring's start | snapshots applied |");
    BenchmarkReport.line("|---|---|---|---|");
    report("a JVM that prints its version", trivialJvm(), "", "");
    var jar = Launch.jar(JAR);
    report("jar, empty store, first start", start(jar, empty, true));
    report("jar, empty store, again", start(jar, empty, true));
    // The image's form (docker/Dockerfile): the jar extracted, a training run, the JVM's AOT cache.
    var cached = Launch.trainedCache(JAR, extracted, java());
    if (cached == null) {
      BenchmarkReport.line("| (no AOT cache before Java 25: not measured) | | | |");
    } else {
      BenchmarkReport.line("| (extraction and training run: " + cached.seconds() + ") | | | |");
      for (var which : List.of("first start", "again")) {
        report("AOT cache, empty store, " + which, start(cached.launch(), empty, true));
      }
    }
    // -Dstartup.emptyOnly=true: only the empty store's starts, a quick measure of the context's own
    // start.
    if (Boolean.getBoolean("startup.emptyOnly")) {
      return;
    }

    double load = bulkLoad(loaded, votes);
    BenchmarkReport.line(
        String.format(Locale.ROOT, "| (bulk load of %,d votes: %.0f s) | | | |", votes, load));
    // The first start catches every projection up (the stored ones too) and writes the snapshots.
    report(
        String.format(Locale.ROOT, "jar, %,d votes, first start (catching up)", votes),
        start(jar, loaded, true));
    // -Dstartup.baseline=false leaves out the start that replays every event (ten minutes at a
    // million votes on two cores).
    if (!"false".equals(System.getProperty("startup.baseline"))) {
      report(
          String.format(Locale.ROOT, "jar, %,d votes, snapshots off", votes),
          start(jar, loaded, false));
    }
    report(
        String.format(Locale.ROOT, "jar, %,d votes, from the snapshots", votes),
        start(jar, loaded, true));
    if (cached != null) {
      for (var which : List.of("", ", again")) {
        report(
            String.format(Locale.ROOT, "AOT cache, %,d votes, from the snapshots%s", votes, which),
            start(cached.launch(), loaded, true));
      }
    }
  }

  private record Run(double seconds, Path log) {}

  private static void report(String what, Run run) throws IOException {
    var log = Files.readString(run.log());
    var started = STARTED.matcher(log);
    var spring = started.find() ? started.group(1) + " s" : "?";
    var applied = new ArrayList<String>();
    var matcher = APPLIED.matcher(log);
    while (matcher.find()) {
      applied.add(
          String.format(
              Locale.ROOT,
              "%s %,d events in %s ms",
              matcher.group(1),
              Long.parseLong(matcher.group(2)),
              matcher.group(3)));
    }
    report(what, run.seconds(), spring, String.join("; ", applied));
  }

  private static void report(String what, double seconds, String spring, String applied) {
    BenchmarkReport.line(
        String.format(Locale.ROOT, "| %s | %.1f s | %s | %s |", what, seconds, spring, applied));
  }

  private static double trivialJvm() throws Exception {
    long start = System.nanoTime();
    new ProcessBuilder(java(), "-version").redirectErrorStream(true).start().waitFor();
    return (System.nanoTime() - start) / 1e9;
  }

  private static Run start(Launch launch, Path data, boolean snapshots) throws Exception {
    int port = freePort();
    var log = Files.createTempFile(data.getParent(), "startup", ".log");
    var command = new ArrayList<String>(List.of(java(), "-Xmx1g"));
    command.addAll(launch.arguments());
    var builder =
        new ProcessBuilder(command)
            .directory(launch.folder().toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder
        .environment()
        .putAll(
            Map.of(
                "SERVER_PORT", Integer.toString(port),
                "DELIBERATION_DATA_DIR", data.toString(),
                "DELIBERATION_SNAPSHOTS_ENABLED", Boolean.toString(snapshots)));
    long start = System.nanoTime();
    var process = builder.start();
    var client = HttpClient.newHttpClient();
    var health =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"));
    try {
      while (true) {
        if (!process.isAlive()) {
          throw new IllegalStateException("the server exited; see " + log);
        }
        try {
          var response =
              client.send(
                  health.timeout(Duration.ofSeconds(2)).build(),
                  HttpResponse.BodyHandlers.ofString());
          if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
            return new Run((System.nanoTime() - start) / 1e9, log);
          }
        } catch (IOException notYet) {
          // not listening yet
        }
        Thread.sleep(50);
      }
    } finally {
      process.destroy(); // a clean shutdown, which writes the snapshots
      process.waitFor();
    }
  }

  /** A project, 20 statements (imported, so no account is looked up) and their votes by 10,000 participants. */
  private static double bulkLoad(Path data, int votes) {
    var serializer = EventSerialization.serializer();
    var created =
        new ProjectCreated(
            new ProjectId("bench"),
            "bench",
            "Bench",
            "Fast?",
            "Council",
            Language.en,
            new ParticipantId("admin"),
            null);
    var t0 = Instant.parse("2026-12-01T10:00:00Z");
    try (var store = new EmbeddedMongo(data);
        var client = MongoClients.create(store.connectionString())) {
      var database = client.getDatabase("deliberation");
      return CommitDocuments.bulkLoad(
          database.getCollection("event_commits"),
          database.getCollection("event_counters"),
          0,
          votes + 1L,
          index -> {
            Object event =
                index == 0
                    ? created
                    : index <= 20
                        ? new StatementPosted(
                            new StatementId("statement-" + index % 20),
                            new ProjectId("bench"),
                            "Statement " + index,
                            StatementKind.CONTRIBUTION,
                            null,
                            List.of(),
                            null,
                            null,
                            t0,
                            "imported-" + index,
                            new ParticipantId("author"),
                            null)
                        : new VoteCast(
                            new ProjectId("bench"),
                            new StatementId("statement-" + index % 20),
                            new ParticipantId("participant-" + index % 10_000),
                            Vote.of((int) (index % 3) - 1),
                            t0.plusMillis(index));
            return new CommitDocuments.Payload(
                event.getClass().getName(), serializer.serialize(event, String.class).getData());
          });
    }
  }

  private static String java() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
