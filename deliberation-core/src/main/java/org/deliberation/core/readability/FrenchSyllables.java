package org.deliberation.core.readability;

/**
 * French syllables as the text is read aloud, by vowel groups (documented in docs/readability.md): each run of vowels
 * ({@code a e i o u y} and their accented forms, {@code œ}, {@code æ}) is a syllable ("oi-seau": 2); a vowel after
 * {@code é} starts a new one ("ré-a-li-té", "i-dée"), as does a vowel with a diaeresis ("na-ïf", "No-ël"); the
 * {@code u} of {@code qu} and of {@code gu} before {@code e i é è ê} is a consonant ("qui", "guer-re"); a mute final
 * {@code e}, {@code es} or {@code ent} that forms its own group is not a syllable ("table": 1, "idées": 2,
 * "parlent": 1), except in a one-syllable word ("le", "des") and in {@code -ment} ("mo-ment": 2). Elisions are counted
 * part by part ("l'eau": 1, "aujourd'hui": 3). Known misses: "sou-vent", "pré-si-dent" (the noun's {@code -ent} is
 * sounded; counted one short), "cli-ent" (counted 1).
 */
final class FrenchSyllables implements Syllables {

  @Override
  public int count(CharSequence word) {
    int n = word.length();
    int count = 0;
    int lastGroup = -1;
    boolean previousVowel = false;
    for (int i = 0; i < n; i++) {
      char c = word.charAt(i);
      boolean vowel = isVowel(c) && !consonantU(word, i) && !(c == 'y' && i == 0 && n > 1);
      if (vowel && (!previousVowel || word.charAt(i - 1) == 'é' || "ïëü".indexOf(c) >= 0)) {
        count++;
        lastGroup = i;
      }
      previousVowel = vowel;
    }
    if (count > 1 && lastGroup >= 0 && word.charAt(lastGroup) == 'e' && mute(word, lastGroup, n)) {
      count--;
    }
    return count;
  }

  // The last group is a lone 'e' that ends the word, or is followed by "s" or by "nt" (not
  // "-ment").
  private static boolean mute(CharSequence word, int e, int n) {
    int after = n - e - 1;
    if (after == 0) {
      return true;
    }
    if (after == 1) {
      return word.charAt(n - 1) == 's';
    }
    return after == 2
        && word.charAt(n - 2) == 'n'
        && word.charAt(n - 1) == 't'
        && !(e >= 1 && word.charAt(e - 1) == 'm');
  }

  private static boolean consonantU(CharSequence word, int i) {
    if (word.charAt(i) != 'u' || i == 0) {
      return false;
    }
    char previous = word.charAt(i - 1);
    if (previous == 'q') {
      return true;
    }
    return previous == 'g' && i + 1 < word.length() && "eiéèê".indexOf(word.charAt(i + 1)) >= 0;
  }

  private static boolean isVowel(char c) {
    return "aeiouyàâäéèêëîïôöùûüÿœæ".indexOf(c) >= 0;
  }
}
