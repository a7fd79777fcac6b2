package org.deliberation.core.readability;

import java.util.List;

/**
 * One of a page's hardest sentences.
 *
 * @param text the sentence as rendered, cut at {@link Readability#MAX_SENTENCE_CHARS} characters (with "…")
 * @param words its words
 * @param syllablesPerWord its syllables per word, to two decimals
 * @param score the formula's score of this sentence alone, to one decimal
 * @param hints what would help, most useful first
 * @param advice the hints in plain words, in the page's language
 */
public record HardSentence(
    String text,
    int words,
    double syllablesPerWord,
    double score,
    List<Hint> hints,
    List<String> advice) {

  public HardSentence {
    hints = List.copyOf(hints);
    advice = List.copyOf(advice);
  }
}
