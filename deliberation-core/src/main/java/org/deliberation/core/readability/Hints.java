package org.deliberation.core.readability;

import java.util.ArrayList;
import java.util.List;

/** Which hints a hard sentence gets. */
final class Hints {

  /**
   * Split a sentence over {@link Hint#LONG_SENTENCE} words; shorter words when they average more syllables than
   * {@link Formula#longWords()}. A sentence hard on neither count alone gets the one it is closer to.
   */
  static List<Hint> of(Formula formula, int words, double syllablesPerWord) {
    var hints = new ArrayList<Hint>(2);
    double length = (double) words / Hint.LONG_SENTENCE;
    double wordiness = syllablesPerWord / formula.longWords();
    if (length > 1) {
      hints.add(Hint.SPLIT_SENTENCE);
    }
    if (wordiness > 1) {
      hints.add(Hint.SHORTER_WORDS);
    }
    if (hints.isEmpty()) {
      hints.add(length >= wordiness ? Hint.SPLIT_SENTENCE : Hint.SHORTER_WORDS);
    }
    if (hints.size() == 2 && wordiness > length) {
      hints.addFirst(hints.removeLast());
    }
    return hints;
  }

  private Hints() {}
}
