package org.deliberation.core.readability;

/** Counts the syllables of one word, or of one part of a word split at a hyphen or an elision. */
sealed interface Syllables permits EnglishSyllables, FrenchSyllables {

  /**
   * The syllables of a word of lower-case letters and digits; 0 when it has no vowel (a digit, the {@code l} of
   * {@code l'eau}). Linear in the word.
   */
  int count(CharSequence word);

  static Syllables of(Formula formula) {
    return formula.french() ? new FrenchSyllables() : new EnglishSyllables();
  }
}
