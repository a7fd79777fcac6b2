package org.deliberation.core.readability;

/**
 * English syllables by vowel groups, the rule of thumb most readability tools use (documented in
 * docs/readability.md): each run of vowels ({@code a e i o u y}, with {@code y} a consonant at the start of a word)
 * is a syllable; {@code ia}, {@code iu} and {@code ua} are two ("Aus-tra-li-an", "sta-di-um", "u-su-al"), except
 * {@code -tia-}, {@code -cia-}, {@code -sia-}, {@code -xia-} ("spe-cial") and {@code qua}, {@code gua}; a silent
 * final {@code e} ("make"), {@code es} ("makes") or {@code ed} ("jumped") is not one, except {@code -le}/{@code -les}
 * after a consonant ("ta-ble"), {@code es} after a hissing sound ("box-es", "plac-es") and {@code ed} after {@code t}
 * or {@code d} ("want-ed"). Known misses: "cre-ate" (counted 1), "read-a-bil-i-ty" (5), "busi-ness" (3).
 */
final class EnglishSyllables implements Syllables {

  @Override
  public int count(CharSequence word) {
    int n = word.length();
    int count = 0;
    boolean previousVowel = false;
    for (int i = 0; i < n; i++) {
      char c = word.charAt(i);
      boolean vowel = isVowel(c) && !(c == 'y' && i == 0);
      if (vowel && (!previousVowel || splits(word, i))) {
        count++;
      }
      previousVowel = vowel;
    }
    if (count > 1 && silentEnding(word, n)) {
      count--;
    }
    return count;
  }

  private static boolean splits(CharSequence word, int i) {
    char previous = word.charAt(i - 1);
    char c = word.charAt(i);
    char before = i >= 2 ? word.charAt(i - 2) : ' ';
    return (previous == 'i' && c == 'a' && "tcsx".indexOf(before) < 0)
        || (previous == 'i' && c == 'u')
        || (previous == 'u' && c == 'a' && "qg".indexOf(before) < 0);
  }

  private static boolean silentEnding(CharSequence word, int n) {
    if (n >= 3 && word.charAt(n - 1) == 'e' && !isVowel(word.charAt(n - 2))) {
      return !(word.charAt(n - 2) == 'l' && !isVowel(word.charAt(n - 3)));
    }
    if (n >= 4 && word.charAt(n - 2) == 'e' && !isVowel(word.charAt(n - 3))) {
      char last = word.charAt(n - 1);
      char before = word.charAt(n - 3);
      if (last == 's') {
        return "sxzcgh".indexOf(before) < 0 && !(before == 'l' && !isVowel(word.charAt(n - 4)));
      }
      if (last == 'd') {
        return before != 't' && before != 'd';
      }
    }
    return false;
  }

  private static boolean isVowel(char c) {
    return "aeiouyàáâäèéêëìíîïòóôöùúûü".indexOf(c) >= 0;
  }
}
