package org.deliberation.web.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  @TempDir Path app;
  @TempDir Path training;
  @TempDir Path data;
  @TempDir Path logs; // not in the app's folder: extracting wants it empty

  @Test
  void aTrainingRunEndsByItselfAndLeavesACacheAStartUses() throws Exception {
    assumeTrue(ServerProcess.jarExists(), "the packaged jar is built by mvn verify");
    boolean aot = Runtime.version().feature() >= 25;
    var java = ProcessHandle.current().info().command().orElse("java");
    var extract = run(ImageForm.extract(java, ServerProcess.jar(), app), "extract");
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

    var launch = new ArrayList<String>(List.of("-Xmx512m"));
    launch.addAll(
        aot
            ? List.of("-XX:AOTMode=on", "-XX:AOTCache=" + cache)
            : List.of("-Xshare:on", "-XX:SharedArchiveFile=" + cache));
    launch.addAll(List.of("-jar", ImageForm.JAR));
    var log = logs.resolve("start.log");
    // Healthy, or it throws: a JVM told to use the cache and unable to exits at once.
    try (var server = ServerProcess.startFrom(app, launch, data, log)) {
      assertThat(server.alive()).isTrue();
      // A training run on an empty store is not a server left serving: it exits, as above.
      assertThat(Files.readString(log)).doesNotContain("Training run");
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
