package org.deliberation.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoundedMyersTest {

  private final BoundedMyers myers = new BoundedMyers(BoundedMyers.STEP_BUDGET);

  private BoundedMyers.Result diff(String a, String b) {
    return myers.search(RawTextComparator.DEFAULT, raw(a), raw(b));
  }

  private static RawText raw(String text) {
    return new RawText(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String lines(int count, long seed) {
    var random = new SplittableRandom(seed);
    var text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append("line ").append(random.nextInt(1_000_000)).append('\n');
    }
    return text.toString();
  }

  /** {@code changes} lines replaced at random places, with the same seed for the same count. */
  private static String edited(String text, int changes, long seed) {
    var random = new SplittableRandom(seed);
    var lines = new ArrayList<>(List.of(text.split("\n", -1)));
    for (int i = 0; i < changes; i++) {
      lines.set(random.nextInt(lines.size() - 1), "changed " + i);
    }
    return String.join("\n", lines);
  }

  @Test
  void findsAShortestScript() {
    var result = diff("a\nb\nc\na\nb\nb\na\n", "c\nb\na\nb\na\nc\n");

    // Myers' paper's example (ABCABBA to CBABAC) has an edit distance of 5.
    assertThat(result.coarse()).isFalse();
    assertThat(
            result.edits().stream().mapToInt(edit -> edit.getLengthA() + edit.getLengthB()).sum())
        .isEqualTo(5);
  }

  @Test
  void reportsTwoUnrelated64KbPagesAsOneReplacementAtOnce() {
    var result = diff("x\n".repeat(32_000), "y\n".repeat(32_000));

    assertThat(result.coarse()).isTrue();
    assertThat(result.edits()).containsExactly(new Edit(0, 32_000, 0, 32_000));
    assertThat(result.steps()).isLessThanOrEqualTo(64_000);
  }

  @ParameterizedTest
  @ValueSource(strings = {"swap", "abc", "interleave", "pairs"})
  void neverSpendsMoreThanItsBudget(String shape) {
    // Shapes that took JGit's histogram diff, and its Myers fallback, up to 7 s for two 64 KB
    // pages.
    var pair =
        switch (shape) {
          case "swap" ->
              List.of(
                  "a\n".repeat(16_000) + "b\n".repeat(16_000),
                  "b\n".repeat(16_000) + "a\n".repeat(16_000));
          case "abc" -> List.of("a\nb\nc\n".repeat(10_000), "c\nb\na\n".repeat(10_000));
          case "interleave" -> List.of("a\n".repeat(32_000), "a\nb\n".repeat(16_000));
          default -> List.of(pairs(false), pairs(true));
        };

    var result = diff(pair.get(0), pair.get(1));

    assertThat(result.steps()).isLessThanOrEqualTo(BoundedMyers.STEP_BUDGET + 4 * 64_000);
  }

  private static String pairs(boolean swapped) {
    var text = new StringBuilder();
    for (int i = 0; i < 16_000; i += 2) {
      text.append(swapped ? i + 1 : i).append('\n').append(swapped ? i : i + 1).append('\n');
    }
    return text.toString();
  }

  @Test
  void takesStepsLinearInTheLengthForAFixedNumberOfChanges() {
    var small = lines(10_000, 1);
    var large = lines(20_000, 1);

    long smallSteps = diff(small, edited(small, 50, 2)).steps();
    long largeSteps = diff(large, edited(large, 50, 2)).steps();

    assertThat((double) largeSteps / smallSteps).isLessThanOrEqualTo(2.2);
  }

  @Test
  void takesStepsQuadraticInTheChangesOnlyUpToItsBudget() {
    var page = lines(20_000, 3);

    var some = diff(page, edited(page, 200, 4));
    var many = diff(page, edited(page, 400, 4));

    assertThat(some.coarse()).isFalse();
    assertThat(many.coarse()).isFalse();
    assertThat((double) many.steps() / some.steps()).isLessThanOrEqualTo(4.5);
  }
}
