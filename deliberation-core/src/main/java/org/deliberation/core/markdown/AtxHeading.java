package org.deliberation.core.markdown;

import org.jspecify.annotations.Nullable;

/**
 * Reads one line as a CommonMark ATX heading: up to three spaces, one to six {@code #}, then a space, a tab or the
 * end, the text, and an optional closing run of {@code #} after a space.
 *
 * <p>By hand, in one pass: the pattern it replaces, {@code \s{0,3}#{1,6}\s+(.+?)\s*#*\s*$}, tried every split of a
 * run of spaces between its lazy group and its optional tail, cubic in the run (1,600 spaces took 8.8 s).
 */
final class AtxHeading {

  private AtxHeading() {}

  /**
   * The heading's text on {@code text[start, end)}, stripped and without its closing sequence; empty for a lone
   * {@code #}; null when the line is not a heading. Reads each character at most twice.
   */
  static @Nullable String text(CharSequence text, int start, int end) {
    int at = start;
    while (at < end && at - start < 3 && text.charAt(at) == ' ') {
      at++;
    }
    int hashes = 0;
    while (at < end && hashes < 7 && text.charAt(at) == '#') {
      at++;
      hashes++;
    }
    if (hashes == 0 || hashes > 6 || (at < end && !isSpaceOrTab(text.charAt(at)))) {
      return null;
    }
    int last = end;
    while (last > at && Character.isWhitespace(text.charAt(last - 1))) {
      last--;
    }
    int closing = last;
    while (closing > at && text.charAt(closing - 1) == '#') {
      closing--;
    }
    if (closing == at) {
      return "";
    }
    if (closing < last && isSpaceOrTab(text.charAt(closing - 1))) {
      last = closing;
    }
    while (at < last && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    while (last > at && Character.isWhitespace(text.charAt(last - 1))) {
      last--;
    }
    return text.subSequence(at, last).toString();
  }

  private static boolean isSpaceOrTab(char c) {
    return c == ' ' || c == '\t';
  }
}
