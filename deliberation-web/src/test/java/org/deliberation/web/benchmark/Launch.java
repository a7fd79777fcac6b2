package org.deliberation.web.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.deliberation.web.testing.ImageForm;
import org.jspecify.annotations.Nullable;

/**
 * How a benchmark launches the packaged server: the JVM's options and the jar, from a working folder. Either as
 * {@code java -jar} starts it, or in the image's form (docker/Dockerfile): extracted, from the JVM's AOT cache of a
 * training run.
 */
record Launch(List<String> arguments, Path folder) {

  /** The image's form, with the seconds its extraction and training run took. */
  record Cache(Launch launch, String seconds) {}

  static Launch jar(Path jar) {
    return new Launch(List.of("-jar", jar.toAbsolutePath().toString()), Path.of("."));
  }

  /**
   * The jar extracted into {@code folder} and trained as the image does it; null on a JVM without
   * {@code -XX:AOTCacheOutput} (before Java 25), whose figures would not be the image's.
   */
  static @Nullable Cache trainedCache(Path jar, Path folder, String java) throws Exception {
    if (Runtime.version().feature() < 25) {
      return null;
    }
    long start = System.nanoTime();
    run(ImageForm.extract(java, jar, folder));
    var training = Files.createTempDirectory(folder.getParent(), "training");
    run(
        ImageForm.trainingRun(
            java, folder, training, List.of("-Xmx1g", "-XX:AOTCacheOutput=deliberation.aot")));
    var seconds = String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - start) / 1e9);
    return new Cache(
        new Launch(List.of("-XX:AOTCache=deliberation.aot", "-jar", ImageForm.JAR), folder),
        seconds);
  }

  private static void run(ProcessBuilder builder) throws Exception {
    var log = Files.createTempFile("startup-step", ".log");
    var process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (process.waitFor() != 0) {
      throw new IllegalStateException(builder.command() + " failed; see " + log);
    }
  }
}
