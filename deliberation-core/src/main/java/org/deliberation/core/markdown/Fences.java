package org.deliberation.core.markdown;

/**
 * Follows fenced code blocks line by line ({@code ```} or {@code ~~~}, three or more, indented three spaces at
 * most), so that a line scanner can tell code from text. Only top-level fences: a fence inside a quote or a list
 * item is not seen, which costs at worst a heading found in code.
 *
 * <p>Not thread safe: one per scan.
 */
final class Fences {

  private char marker;
  private int length;

  /** Whether {@code text[start, end)} opens, closes or lies inside a fenced block; call it for each line, in order. */
  boolean skips(CharSequence text, int start, int end) {
    int at = start;
    while (at < end && at - start < 3 && text.charAt(at) == ' ') {
      at++;
    }
    char c = at < end ? text.charAt(at) : ' ';
    int run = 0;
    if (c == '`' || c == '~') {
      while (at + run < end && text.charAt(at + run) == c) {
        run++;
      }
    }
    if (length > 0) {
      if (c == marker && run >= length && isBlank(text, at + run, end)) {
        length = 0;
      }
      return true;
    }
    if (run >= 3) {
      marker = c;
      length = run;
      return true;
    }
    return false;
  }

  private static boolean isBlank(CharSequence text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
