package org.deliberation.web.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/** Figures of a benchmark run: printed, and appended to {@code target/benchmarks/results.md}. */
final class BenchmarkReport {

  private static final Path FILE = Path.of("target", "benchmarks", "results.md");

  static void line(String text) {
    System.out.println(text); // a benchmark's output is its report
    try {
      Files.createDirectories(FILE.getParent());
      Files.writeString(
          FILE,
          text + System.lineSeparator(),
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String machine() {
    return Runtime.getRuntime().availableProcessors()
        + " cores, "
        + (Runtime.getRuntime().maxMemory() >> 20)
        + " MiB max heap, Java "
        + Runtime.version();
  }

  /** The value below which {@code fraction} of the sorted samples fall. */
  static double percentile(long[] nanos, double fraction) {
    var sorted = nanos.clone();
    Arrays.sort(sorted);
    int index = (int) Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
    return sorted[Math.max(0, index)] / 1_000_000.0;
  }

  private BenchmarkReport() {}
}
