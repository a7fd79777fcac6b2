package org.deliberation.core.readability;

import java.util.Locale;

/** What would make a hard sentence easier. */
public enum Hint {
  /** More than {@link #LONG_SENTENCE} words. */
  SPLIT_SENTENCE,
  /** Words of more syllables on average than a plain sentence can carry (see {@link Formula}). */
  SHORTER_WORDS;

  /**
   * Beyond this many words a sentence is long: plain-language guides put the mark between 15 and 25 words (the UK
   * government's style guide: 25; the French government's "Lisible" guide: about 15 to 20).
   */
  public static final int LONG_SENTENCE = 20;

  /** The advice in plain words, in the language of the formula's text, with the sentence's own figures. */
  public String advice(Formula formula, int words, double syllablesPerWord) {
    return formula.french() ? french(words, syllablesPerWord) : english(words, syllablesPerWord);
  }

  private String english(int words, double syllablesPerWord) {
    return switch (this) {
      case SPLIT_SENTENCE ->
          "This sentence has "
              + words
              + " words: split it into sentences of fewer than "
              + LONG_SENTENCE
              + " words, one idea each.";
      case SHORTER_WORDS ->
          String.format(
              Locale.ENGLISH,
              "Its words average %.1f syllables: prefer short, everyday words.",
              syllablesPerWord);
    };
  }

  private String french(int words, double syllablesPerWord) {
    return switch (this) {
      case SPLIT_SENTENCE ->
          "Cette phrase compte "
              + words
              + " mots : coupez-la en phrases de moins de "
              + LONG_SENTENCE
              + " mots, une idée par phrase.";
      case SHORTER_WORDS ->
          String.format(
              Locale.FRENCH,
              "Ses mots comptent %.1f syllabes en moyenne : préférez des mots courts et courants.",
              syllablesPerWord);
    };
  }
}
