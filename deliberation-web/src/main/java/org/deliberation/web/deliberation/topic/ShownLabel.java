package org.deliberation.web.deliberation.topic;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A topic's label as the public may read it. Labels are taken from statements' words, and a statement hidden since
 * may have given some: a label each of whose words (by its first four letters, so "lines" matches "line") some shown
 * member still uses is shown as recorded; any other is replaced by the first words of the most representative shown
 * statement, so a moderated statement's wording is not shown again through its topic.
 */
final class ShownLabel {

  private static final int PREFIX = 4;
  private static final int WORDS = 5;

  private ShownLabel() {}

  /** @param texts the texts of the topic's shown statements, the most representative first; not empty */
  static String of(String label, List<String> texts) {
    var prefixes = new HashSet<String>();
    for (var text : texts) {
      for (var word : words(text)) {
        prefixes.add(prefix(word));
      }
    }
    return used(label, prefixes) ? label : firstWords(texts.getFirst());
  }

  private static boolean used(String label, Set<String> prefixes) {
    var words = words(label);
    return !words.isEmpty() && words.stream().allMatch(word -> prefixes.contains(prefix(word)));
  }

  private static String prefix(String word) {
    return word.length() <= PREFIX ? word : word.substring(0, PREFIX);
  }

  private static List<String> words(String text) {
    var folded =
        Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "");
    return List.of(folded.split("[^\\p{L}\\p{N}]+")).stream().filter(w -> !w.isEmpty()).toList();
  }

  private static String firstWords(String text) {
    var words = text.strip().split("\\s+", WORDS + 1);
    var kept = String.join(" ", List.of(words).subList(0, Math.min(WORDS, words.length)));
    return words.length > WORDS ? kept + "…" : kept;
  }
}
