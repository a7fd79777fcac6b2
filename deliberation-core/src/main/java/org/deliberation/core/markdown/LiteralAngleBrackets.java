package org.deliberation.core.markdown;

import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.Text;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Scanner;

/**
 * Reads a {@code <} that does not open an autolink as plain text, so that commonmark never tries to parse raw HTML.
 *
 * <p>Why: raw HTML is escaped anyway, and commonmark's inline HTML parser is quadratic on unclosed constructs (64 KB
 * of {@code <?} took 3.2 s, of {@code <!--} 1.5 s), a way for one participant to tie up the server. Autolinks such as
 * {@code <https://example.org>} are recognized by a bounded look-ahead and left to commonmark's linear autolink parser.
 */
final class LiteralAngleBrackets implements InlineContentParserFactory {

  private static final int LONGEST_AUTOLINK = 2048;

  private static final Pattern AUTOLINK = Pattern.compile(
      "[A-Za-z][A-Za-z0-9.+-]{1,31}:[^\\s<>]*"
          + "|[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
          + "(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*");

  @Override
  public Set<Character> getTriggerCharacters() {
    return Set.of('<');
  }

  @Override
  public InlineContentParser create() {
    return state -> {
      var scanner = state.scanner();
      var start = scanner.position();
      scanner.next();
      var afterBracket = scanner.position();
      if (autolinkAhead(scanner)) {
        scanner.setPosition(start);
        return ParsedInline.none();
      }
      scanner.setPosition(afterBracket);
      return ParsedInline.of(new Text("<"), afterBracket);
    };
  }

  // Reads at most LONGEST_AUTOLINK characters, stopping at the first space, bracket or line end.
  private static boolean autolinkAhead(Scanner scanner) {
    var candidate = new StringBuilder();
    while (candidate.length() <= LONGEST_AUTOLINK) {
      char c = scanner.peek();
      if (c == '>') {
        return AUTOLINK.matcher(candidate).matches();
      }
      if (c == Scanner.END || c == '<' || c == '\n' || Character.isWhitespace(c)) {
        return false;
      }
      candidate.append(c);
      scanner.next();
    }
    return false;
  }
}
