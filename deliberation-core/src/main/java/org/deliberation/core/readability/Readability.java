package org.deliberation.core.readability;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How hard a text is to read.
 *
 * @param score the formula's reading ease, to one decimal; null for a text without words
 * @param grade the Flesch–Kincaid grade to one decimal for English; null for French and for a text without words
 * @param level the band of the score in Flesch's table; null without words
 * @param hardSentences at most {@link #MAX_HARD_SENTENCES} sentences scoring below {@link ReadingLevel#STANDARD},
 *     hardest first
 * @param formula the formula used, by the text's language
 */
public record Readability(
    @Nullable Double score,
    @Nullable Double grade,
    @Nullable ReadingLevel level,
    List<HardSentence> hardSentences,
    long sentences,
    long words,
    long syllables,
    Formula formula) {

  /** A page shows this many of its hardest sentences at most. */
  public static final int MAX_HARD_SENTENCES = 3;

  /** A hard sentence is quoted up to this many characters. */
  public static final int MAX_SENTENCE_CHARS = 300;

  public Readability {
    hardSentences = List.copyOf(hardSentences);
  }

  /** Whether this text is harder to read than a target level; a text without words never is. */
  public boolean harderThan(ReadingLevel target) {
    return level != null && level.harderThan(target);
  }

  static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }
}
