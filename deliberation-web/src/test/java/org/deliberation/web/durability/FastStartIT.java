package org.deliberation.web.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.deliberation.web.testing.ImageForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image's fast start (docker/Dockerfile, docs/fast-start.md): the packaged jar extracted, a training run that
 * ends by itself once it has asked its own paths, and a start from the JVM's cache it left, which the JVM is told to
 * refuse to start without ({@code -XX:AOTMode=on}; {@code -Xshare:on} for the class-data archive before Java 25).
 */
class FastStartIT {

  private static final Path JAR = Path.of("target", "deliberation-web.jar");

  @TempDir Path app;
  @TempDir Path training;
  @TempDir Path data;
  @TempDir Path logs; // not in the app's folder: extracting wants it empty

  @Test
  void aTrainingRunEndsByItselfAndLeavesACacheAStartUses() throws Exception {
    assumeTrue(Files.isRegularFile(JAR), "the packaged jar is built by mvn verify");
    boolean aot = Runtime.version().feature() >= 25;
    var java = ProcessHandle.current().info().command().orElse("java");
    var extract = run(ImageForm.extract(java, JAR, app), "extract");
    assertThat(extract.exitValue()).as(Files.readString(logs.resolve("extract.log"))).isZero();
    assertThat(app.resolve(ImageForm.JAR)).isRegularFile();

    var cache = app.resolve(aot ? "deliberation.aot" : "deliberation.jsa");
    var trainer =
        ImageForm.trainingRun(
            java,
            app,
            training,
            List.of(
                "-Xmx512m",
                aot ? "-XX:AOTCacheOutput=" + cache : "-XX:ArchiveClassesAtExit=" + cache));
    var trained = run(trainer, "training");
    var trainingLog = Files.readString(logs.resolve("training.log"));
    assertThat(trained.exitValue()).as(trainingLog).isZero();
    assertThat(trainingLog).contains("Training run: 13 requests answered, 0 unexpected");
    assertThat(cache).isRegularFile();

    int port;
    try (var socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    var command = new ArrayList<String>(List.of(java, "-Xmx512m"));
    command.addAll(
        aot
            ? List.of("-XX:AOTMode=on", "-XX:AOTCache=" + cache)
            : List.of("-Xshare:on", "-XX:SharedArchiveFile=" + cache));
    command.addAll(List.of("-jar", ImageForm.JAR));
    var starter = new ProcessBuilder(command);
    starter
        .environment()
        .putAll(
            Map.of(
                "DELIBERATION_DATA_DIR", data.toString(), "SERVER_PORT", Integer.toString(port)));
    var log = logs.resolve("start.log");
    var server =
        starter
            .directory(app.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      var client = HttpClient.newHttpClient();
      var health =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
              .timeout(Duration.ofSeconds(5))
              .build();
      await()
          .atMost(Duration.ofSeconds(180))
          .pollInterval(Duration.ofMillis(200))
          .until(() -> !server.isAlive() || healthy(client, health));
      assertThat(server.isAlive()).as(Files.readString(log)).isTrue();
      // A training run on an empty store is not a server left serving: it exits, as above.
      assertThat(Files.readString(log)).doesNotContain("Training run");
    } finally {
      server.destroy();
      server.waitFor(60, TimeUnit.SECONDS);
    }
  }

  private static boolean healthy(HttpClient client, HttpRequest health) {
    try {
      var response = client.send(health, HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 && response.body().contains("\"UP\"");
    } catch (IOException notYet) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private Process run(ProcessBuilder builder, String name) throws Exception {
    var process =
        builder
            .directory(app.toFile())
            .redirectErrorStream(true)
            .redirectOutput(logs.resolve(name + ".log").toFile())
            .start();
    if (!process.waitFor(300, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(name + " did not end by itself within 5 minutes");
    }
    return process;
  }
}
