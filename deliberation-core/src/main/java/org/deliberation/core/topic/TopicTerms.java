package org.deliberation.core.topic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.carrot2.language.Stemmer;
import org.carrot2.language.StopwordFilter;
import org.deliberation.core.project.Language;

/**
 * The words of the statements as the topic engine compares them: lower-cased, stop words out, stemmed with Carrot2's
 * stemmer for the language, each distinct stem numbered in the order first met (so nothing depends on a hash order).
 * A statement's vector is its set of stems weighted by inverse document frequency, of length one.
 */
final class TopicTerms {

  /** A word of a text: its stem's number and how the text writes it. */
  record Word(int term, String written) {}

  /** A sparse vector: term numbers in increasing order and their weights. */
  record Vector(int[] terms, double[] weights) {}

  private final Stemmer stemmer;
  private final StopwordFilter keep;
  private final Map<String, Integer> numbers = new HashMap<>();

  TopicTerms(Language language) {
    var components = TopicLanguage.components(language);
    this.stemmer = components.get(Stemmer.class);
    this.keep = components.get(StopwordFilter.class);
  }

  int count() {
    return numbers.size();
  }

  /** The words of a (cleaned) text that are not stop words, in order. */
  List<Word> words(String text) {
    var words = new ArrayList<Word>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int start = i;
      while (i < n && isWordChar(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      if (i > start) {
        var written = text.substring(start, i);
        var lower = written.toLowerCase(Locale.ROOT);
        if (lower.codePointCount(0, lower.length()) > 1 && keep.test(lower)) {
          var stem = TopicLanguage.stem(stemmer, lower);
          words.add(new Word(numbers.computeIfAbsent(stem, s -> numbers.size()), written));
        }
      } else {
        i += Character.charCount(text.codePointAt(i));
      }
    }
    return words;
  }

  /** The distinct terms of a text, in increasing order. */
  int[] termSet(String text) {
    return words(text).stream().mapToInt(Word::term).distinct().sorted().toArray();
  }

  /** The unit vectors of term sets, weighted by {@code log(1 + n / df)}. */
  static List<Vector> vectors(List<int[]> sets, int terms) {
    var df = new int[terms];
    for (var set : sets) {
      for (int t : set) {
        df[t]++;
      }
    }
    var vectors = new ArrayList<Vector>(sets.size());
    for (var set : sets) {
      var weights = new double[set.length];
      double norm = 0;
      for (int k = 0; k < set.length; k++) {
        weights[k] = Math.log1p((double) sets.size() / df[set[k]]);
        norm += weights[k] * weights[k];
      }
      double length = Math.sqrt(norm);
      for (int k = 0; k < set.length; k++) {
        weights[k] /= length;
      }
      vectors.add(new Vector(set, weights));
    }
    return vectors;
  }

  /** How many of {@code wanted}'s terms {@code set} holds, both in increasing order. */
  static int shared(int[] set, int[] wanted) {
    return (int) Arrays.stream(wanted).filter(t -> Arrays.binarySearch(set, t) >= 0).count();
  }

  // Letters, digits and the marks that join them (apostrophes split words: "l'eau" is "l", "eau").
  private static boolean isWordChar(int c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }
}
