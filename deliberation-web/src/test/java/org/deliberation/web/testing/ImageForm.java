package org.deliberation.web.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The commands of the image's fast start (docker/Dockerfile, docs/fast-start.md), for the tests and benchmarks that
 * make it from the packaged jar: the extraction, and the training run that leaves the JVM's cache.
 */
public final class ImageForm {

  /** The jar the extraction leaves in its folder, which the training run and the starts launch. */
  public static final String JAR = "deliberation-web.jar";

  /** Extracts {@code jar} into {@code destination} (which must be empty), as the image's build does. */
  public static ProcessBuilder extract(String java, Path jar, Path destination) {
    return new ProcessBuilder(
        java,
        "-Djarmode=tools",
        "-jar",
        jar.toAbsolutePath().toString(),
        "extract",
        "--destination",
        destination.toAbsolutePath().toString());
  }

  /**
   * A training run of the extracted jar in {@code folder} on the throwaway data folder {@code data}, with the JVM's
   * options that make the cache ({@code -XX:AOTCacheOutput=…} on Java 25) and a heap; it exits by itself once trained.
   */
  public static ProcessBuilder trainingRun(
      String java, Path folder, Path data, List<String> options) {
    var command = new ArrayList<String>();
    command.add(java);
    command.addAll(options);
    command.addAll(List.of("-jar", JAR));
    var builder = new ProcessBuilder(command).directory(folder.toFile());
    var environment = builder.environment();
    environment.put("DELIBERATION_TRAINING_RUN", "true");
    environment.put("DELIBERATION_DATA_DIR", data.toString());
    environment.put("SERVER_PORT", "0"); // any free port
    return builder;
  }

  private ImageForm() {}
}
