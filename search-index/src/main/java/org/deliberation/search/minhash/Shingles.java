package org.deliberation.search.minhash;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The features MinHash compares: the words of a text, and each pair of neighbouring words.
 *
 * <p>Words alone would call two statements duplicates for using the same vocabulary in any order; pairs alone would
 * let one changed word break two of the few features a 20-word statement has. Together, a statement with one word in
 * five replaced keeps a Jaccard similarity of about 0.5 to the original, while two different statements about the same
 * topic share a few words ("sports", "hall", "budget") and one or two pairs, about 0.1 to 0.2.
 */
public final class Shingles {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Shingles() {}

  /** The words of a text: lower case, accents removed, split at anything that is not a letter or a digit. */
  public static List<String> words(String text) {
    var folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    var words = new ArrayList<String>();
    for (var word : NOT_WORD.split(folded.toLowerCase(Locale.ROOT))) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  /** Every word and every pair of neighbouring words of a text, as a set. */
  public static Set<String> of(String text) {
    var words = words(text);
    var shingles = new LinkedHashSet<String>();
    for (int i = 0; i < words.size(); i++) {
      shingles.add(words.get(i));
      if (i > 0) {
        // A space cannot occur inside a word, so a pair never equals a word.
        shingles.add(words.get(i - 1) + " " + words.get(i));
      }
    }
    return shingles;
  }
}
