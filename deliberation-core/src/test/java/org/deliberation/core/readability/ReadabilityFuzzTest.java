package org.deliberation.core.readability;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.deliberation.core.markdown.MarkdownRenderer;
import org.deliberation.core.testing.CountingText;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the scorer with Jazzer, like {@code MarkdownFuzzTest} (docs/fuzzing.md): in the default build it replays
 * the inputs under {@code ReadabilityFuzzTestInputs/score/}; with {@code -Pfuzz} it fuzzes. Each input is UTF-8
 * Markdown, scored in both languages: bounded output, consistent counts, work linear in the prose.
 */
@Timeout(30)
class ReadabilityFuzzTest {

  private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

  @FuzzTest(maxDuration = "2m")
  void score(byte[] input) {
    var prose = RENDERER.prose(new String(input, StandardCharsets.UTF_8));
    for (var formula : Formula.values()) {
      var counted = new CountingText(prose);

      var result = ReadabilityScorer.score(counted, formula);

      assertThat(counted.reads())
          .isLessThanOrEqualTo(2L * prose.length() + 3L * Readability.MAX_SENTENCE_CHARS + 16);
      assertThat(result.hardSentences()).hasSizeLessThanOrEqualTo(Readability.MAX_HARD_SENTENCES);
      assertThat(result.hardSentences())
          .allSatisfy(
              hard -> {
                assertThat(hard.text())
                    .hasSizeLessThanOrEqualTo(Readability.MAX_SENTENCE_CHARS + 1);
                assertThat(hard.words()).isPositive();
                assertThat(hard.hints()).isNotEmpty().hasSameSizeAs(hard.advice());
                assertThat(hard.score()).isLessThan(ReadingLevel.STANDARD.from());
              });
      assertThat(result.sentences()).isLessThanOrEqualTo(result.words());
      assertThat(result.syllables()).isGreaterThanOrEqualTo(result.words());
      assertThat(result.score() == null).isEqualTo(result.words() == 0);
      assertThat(result).isEqualTo(ReadabilityScorer.score(prose, formula));
    }
  }
}
