package org.deliberation.core.markdown;

import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;

/**
 * Escapes the link openers ({@code [}, and so {@code ![}) of one block that could make commonmark's bracket
 * processing superlinear or deep, before the block's inline parse; {@code \[} reads as a plain {@code [}.
 *
 * <p>Why: for every {@code ]} that closes a bracket, commonmark-java 0.27 copies the text since that bracket, scans a
 * destination or title after it, walks its whole stack of open brackets, and merges the text of the new link's subtree
 * recursively. 20,000 nested {@code ![} took 2.4 s and overflow the stack one level deeper.
 *
 * <p>The bound. Every pair commonmark matches has its {@code [} before any point it spans and its {@code ]} after
 * it, so at a point p at most min(O(p), C(p)) pairs span it, O(p) counting the openers before p and C(p) the
 * {@code ]} from p on. If that minimum is at most {@link #MAX_OPEN} everywhere, the nesting is at most that deep, and
 * the total of all those costs, each a sum over (opener, closer) pairs around a point, is O(n × MAX_OPEN). An opener is
 * escaped when keeping it would break the bound. Counting every unescaped {@code [} and {@code ]}, even inside code
 * spans or destinations that commonmark will not read as brackets, only overestimates.
 *
 * <p>That bound alone would still let 256 images nest, each copying the text inside it. So an opener is also escaped
 * when {@link #MAX_NESTED} brackets are already open by a simple count, each {@code ]} closing the last one: nesting
 * is what costs, and nobody nests 33 links. That count can be fooled (a {@code ]} in a code span closes nothing), which
 * is why the first bound is the one that is proved. An ordinary page, whose links close soon after they open, never
 * has an opener escaped.
 */
final class BracketLimit {

  /** Openers that may be pending at once; a paragraph keeps all its links below 2 × this many. */
  static final int MAX_OPEN = 256;

  /** Links and images inside one another. */
  static final int MAX_NESTED = 32;

  private BracketLimit() {}

  /** The block's lines, with the openers that would break the bound escaped; the same object when none would. */
  static SourceLines apply(SourceLines lines) {
    int closers = 0;
    for (var line : lines.getLines()) {
      closers += count(line.getContent(), ']');
    }
    int openers = 0;
    int open = 0;
    SourceLines limited = null;
    var all = lines.getLines();
    for (int l = 0; l < all.size(); l++) {
      var content = all.get(l).getContent();
      StringBuilder escaped = null;
      int copied = 0;
      for (int i = 0; i < content.length(); i++) {
        char c = content.charAt(i);
        if (c == '\\' && i + 1 < content.length() && isAsciiPunctuation(content.charAt(i + 1))) {
          i++;
        } else if (c == ']') {
          closers--;
          open = Math.max(0, open - 1);
        } else if (c == '[') {
          if (open >= MAX_NESTED || Math.min(openers + 1, closers) > MAX_OPEN) {
            if (escaped == null) {
              escaped = new StringBuilder(content.length() + 16);
            }
            escaped.append(content, copied, i).append('\\');
            copied = i;
          } else {
            openers++;
            open++;
          }
        }
      }
      if (escaped != null && limited == null) {
        limited = SourceLines.empty();
        for (int k = 0; k < l; k++) {
          limited.addLine(all.get(k));
        }
      }
      if (limited != null) {
        limited.addLine(
            escaped == null
                ? all.get(l)
                : SourceLine.of(
                    escaped.append(content, copied, content.length()), all.get(l).getSourceSpan()));
      }
    }
    return limited == null ? lines : limited;
  }

  // Unescaped occurrences: a backslash before ASCII punctuation escapes it, as in commonmark's
  // BackslashInlineParser.
  private static int count(CharSequence content, char wanted) {
    int count = 0;
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (c == '\\' && i + 1 < content.length() && isAsciiPunctuation(content.charAt(i + 1))) {
        i++;
      } else if (c == wanted) {
        count++;
      }
    }
    return count;
  }

  private static boolean isAsciiPunctuation(char c) {
    return (c >= '!' && c <= '/')
        || (c >= ':' && c <= '@')
        || (c >= '[' && c <= '`')
        || (c >= '{' && c <= '~');
  }
}
