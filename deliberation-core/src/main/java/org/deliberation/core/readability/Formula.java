package org.deliberation.core.readability;

import org.jspecify.annotations.Nullable;

/**
 * The readability formulas, on counts of words, sentences and syllables.
 *
 * <ul>
 *   <li>{@link #FLESCH}: Flesch's reading ease (Flesch 1948), {@code 206.835 − 1.015·W/S − 84.6·Syl/W}, and the
 *       Flesch–Kincaid grade (Kincaid et al. 1975), {@code 0.39·W/S + 11.8·Syl/W − 15.59}, a US school grade;
 *   <li>{@link #KANDEL_MOLES}: Kandel and Moles' French adaptation of Flesch (1958), {@code 207 − 1.015·W/S −
 *       73.6·Syl/W}. It has no grade: no validated French counterpart of Kincaid's regression exists, and mapping
 *       Flesch's bands to French school years would invent one, so the grade is null.
 * </ul>
 */
public enum Formula {
  FLESCH(206.835, 1.015, 84.6),
  KANDEL_MOLES(207, 1.015, 73.6);

  private final double base;
  private final double perWordsPerSentence;
  private final double perSyllablesPerWord;

  Formula(double base, double perWordsPerSentence, double perSyllablesPerWord) {
    this.base = base;
    this.perWordsPerSentence = perWordsPerSentence;
    this.perSyllablesPerWord = perSyllablesPerWord;
  }

  /**
   * The formula a language is measured with, by its code ({@code "en"}, {@code "fr"}, as a project names its
   * language); English for any other.
   */
  public static Formula forLanguage(String code) {
    return "fr".equals(code) ? KANDEL_MOLES : FLESCH;
  }

  /** Whether this is the French formula: its text is French, and so is its advice. */
  boolean french() {
    return this == KANDEL_MOLES;
  }

  /** Reading ease: higher is easier; about 0 to 100 for real prose, unbounded either way. */
  public double score(long words, long sentences, long syllables) {
    return base - perWordsPerSentence * words / sentences - perSyllablesPerWord * syllables / words;
  }

  /** The US school grade (Flesch–Kincaid) for English; null for French (see above). */
  public @Nullable Double grade(long words, long sentences, long syllables) {
    return switch (this) {
      case FLESCH -> 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
      case KANDEL_MOLES -> null;
    };
  }

  /**
   * The syllables per word above which a sentence of 15 words (a plain-language length) falls below 60, the
   * lowest "standard" score: 1.56 in English, 1.79 in French. Above it, shorter words are the help to offer.
   */
  double longWords() {
    return (base - perWordsPerSentence * 15 - ReadingLevel.STANDARD.from()) / perSyllablesPerWord;
  }
}
