package org.deliberation.core.testing;

import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A small property-test harness on JUnit Jupiter: a property is checked on inputs drawn from a fixed seed, so every
 * run sees the same inputs; the first failure is shrunk, for text inputs, by cutting pieces out while it still fails,
 * and reported with the seed of its case. Shared with the other modules' tests through this module's test-jar.
 *
 * <p>Why not jqwik: from 1.10 its maintainers ask that AI coding agents not use it, and this code was written by one.
 */
public final class Property {

  private Property() {}

  /** Checks {@code property} on {@code tries} inputs of {@code generator}, the i-th one seeded from {@code seed}. */
  public static <T> void forAll(
      long seed, int tries, Function<SplittableRandom, T> generator, Consumer<T> property) {
    var seeds = new SplittableRandom(seed);
    for (int i = 0; i < tries; i++) {
      long caseSeed = seeds.nextLong();
      var input = generator.apply(new SplittableRandom(caseSeed));
      var failure = failure(property, input);
      if (failure != null) {
        throw new AssertionError(
            "falsified by case " + i + " (seed " + caseSeed + "): " + preview(input), failure);
      }
    }
  }

  /** {@link #forAll} for text, which reports the smallest failing text it finds by cutting pieces out. */
  public static void forAllTexts(
      long seed,
      int tries,
      Function<SplittableRandom, String> generator,
      Consumer<String> property) {
    var seeds = new SplittableRandom(seed);
    for (int i = 0; i < tries; i++) {
      long caseSeed = seeds.nextLong();
      var input = generator.apply(new SplittableRandom(caseSeed));
      var failure = failure(property, input);
      if (failure != null) {
        var smallest = shrink(input, property);
        throw new AssertionError(
            "falsified by case " + i + " (seed " + caseSeed + "), shrunk to " + preview(smallest),
            failure(property, smallest));
      }
    }
  }

  private static <T> Throwable failure(Consumer<T> property, T input) {
    try {
      property.accept(input);
      return null;
    } catch (AssertionError | RuntimeException | StackOverflowError e) {
      return e;
    }
  }

  // Delta debugging, much simplified: cut chunks of halving sizes while the property still fails;
  // at most a few
  // thousand checks, so a failure is reported quickly even for a 64 KB input.
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

  private static String preview(Object input) {
    var text = String.valueOf(input).replace("\n", "\\n").replace("\t", "\\t");
    return text.length() <= 300
        ? "\"" + text + "\""
        : "\"" + text.substring(0, 300) + "\"… (" + text.length() + " chars)";
  }
}
