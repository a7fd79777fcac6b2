package org.deliberation.search.text;

import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The property-test harness of deliberation-core's Markdown tests, for this module: inputs drawn from a fixed seed,
 * the first failing text shrunk by cutting pieces out and reported with its case's seed. (Not jqwik: from 1.10 its
 * maintainers ask that AI coding agents not use it, and these tests were written by one.)
 */
public final class Property {

  private Property() {}

  /** Checks {@code property} on {@code tries} texts of {@code generator}, the i-th one seeded from {@code seed}. */
  public static void forAllTexts(
      long seed,
      int tries,
      Function<SplittableRandom, String> generator,
      Consumer<String> property) {
    var seeds = new SplittableRandom(seed);
    for (int i = 0; i < tries; i++) {
      long caseSeed = seeds.nextLong();
      var input = generator.apply(new SplittableRandom(caseSeed));
      if (failure(property, input) != null) {
        var smallest = shrink(input, property);
        throw new AssertionError(
            "falsified by case " + i + " (seed " + caseSeed + "), shrunk to " + preview(smallest),
            failure(property, smallest));
      }
    }
  }

  private static Throwable failure(Consumer<String> property, String input) {
    try {
      property.accept(input);
      return null;
    } catch (AssertionError | RuntimeException | StackOverflowError e) {
      return e;
    }
  }

  private static String shrink(String input, Consumer<String> property) {
    var smallest = input;
    int checks = 0;
    for (int chunk = Math.max(1, smallest.length() / 2); chunk >= 1 && checks < 4_000; chunk /= 2) {
      for (int at = 0; at + chunk <= smallest.length() && checks < 4_000; ) {
        var candidate = smallest.substring(0, at) + smallest.substring(at + chunk);
        checks++;
        if (failure(property, candidate) != null) {
          smallest = candidate;
        } else {
          at += chunk;
        }
      }
    }
    return smallest;
  }

  private static String preview(String input) {
    var text = input.replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r");
    return text.length() <= 300
        ? "\"" + text + "\""
        : "\"" + text.substring(0, 300) + "\"… (" + text.length() + " chars)";
  }
}
