package org.deliberation.core.readability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.IntFunction;
import org.deliberation.core.testing.CountingText;
import org.junit.jupiter.api.Test;

/** The scorer's work, counted as characters read, at n and 2n on inputs shaped to hurt it. */
class ReadabilityGrowthTest {

  private static final int N = 32_000;

  @Test
  void linearOnHostileShapes() {
    check(n -> "a".repeat(n)); // one enormous word
    check(n -> "a. ".repeat(n / 3)); // many one-word sentences
    check(n -> "Considerations end.\n".repeat(n / 20)); // many hard sentences, all candidates
    check(n -> "-'".repeat(n / 2)); // joiners without letters
    check(n -> "é-".repeat(n / 2)); // hyphenated parts
  }

  private static void check(IntFunction<String> shape) {
    for (var formula : Formula.values()) {
      long atN = reads(shape.apply(N), formula);
      long at2N = reads(shape.apply(2 * N), formula);
      assertThat((double) at2N / atN).isLessThanOrEqualTo(2.2);
      assertThat(at2N).isLessThanOrEqualTo(3L * 2 * N + Readability.MAX_SENTENCE_CHARS * 3L);
    }
  }

  static long reads(String text, Formula formula) {
    var counted = new CountingText(text);
    ReadabilityScorer.score(counted, formula);
    return counted.reads();
  }
}
