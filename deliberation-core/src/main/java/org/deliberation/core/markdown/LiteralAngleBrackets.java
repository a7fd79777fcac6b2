package org.deliberation.core.markdown;

import java.util.Set;
import org.commonmark.node.Link;
import org.commonmark.node.Text;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Scanner;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code <} that does not open an autolink as plain text, so that commonmark never tries to parse raw HTML.
 *
 * <p>Why: raw HTML is escaped anyway, and commonmark's inline HTML parser is quadratic on unclosed constructs (64 KB
 * of {@code <?} took 3.2 s, of {@code <!--} 1.5 s), a way for one participant to tie up the server. Autolinks such as
 * {@code <https://example.org>} are recognized by a bounded look-ahead and made into links here.
 */
final class LiteralAngleBrackets implements InlineContentParserFactory {

  private static final int LONGEST_AUTOLINK = 2048;

  private static final String EMAIL_LOCAL =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" + ".!#$%&'*+/=?^_`{|}~-";

  @Override
  public Set<Character> getTriggerCharacters() {
    return Set.of('<');
  }

  @Override
  public InlineContentParser create() {
    return state -> {
      var scanner = state.scanner();
      scanner.next();
      var afterBracket = scanner.position();
      var autolink = autolinkAhead(scanner);
      if (autolink == null) {
        scanner.setPosition(afterBracket);
        return ParsedInline.of(new Text("<"), afterBracket);
      }
      scanner.next();
      return ParsedInline.of(autolink, scanner.position());
    };
  }

  // Reads at most LONGEST_AUTOLINK characters, stopping at the first space, bracket or line end;
  // leaves the scanner
  // on the closing '>' of an autolink. The link is made here, as commonmark's AutolinkInlineParser
  // makes it, so that
  // its regular expressions never run.
  private static @Nullable Link autolinkAhead(Scanner scanner) {
    var candidate = new StringBuilder();
    while (candidate.length() <= LONGEST_AUTOLINK) {
      char c = scanner.peek();
      if (c == '>') {
        var text = candidate.toString();
        if (isUri(text)) {
          return link(text, text);
        }
        return isEmail(text) ? link("mailto:" + text, text) : null;
      }
      if (c == Scanner.END || c == '<' || c == '\n' || Character.isWhitespace(c)) {
        return null;
      }
      candidate.append(c);
      scanner.next();
    }
    return null;
  }

  private static Link link(String destination, String text) {
    var link = new Link(destination, null);
    link.appendChild(new Text(text));
    return link;
  }

  // CommonMark's absolute URI: a scheme of 2 to 32 characters, a colon, then anything but spaces
  // and angle brackets,
  // which the look-ahead has already excluded. By hand, like the e-mail check: the spec's patterns
  // as Java regular
  // expressions (commonmark's own) recurse once per repetition, and 500 domain labels overflowed a
  // 256 KB stack.
  static boolean isUri(CharSequence candidate) {
    int colon = 0;
    while (colon < candidate.length()
        && colon <= 32
        && isSchemeChar(candidate.charAt(colon), colon == 0)) {
      colon++;
    }
    return colon >= 2
        && colon <= 32
        && colon < candidate.length()
        && candidate.charAt(colon) == ':';
  }

  // CommonMark's e-mail autolink: a local part, '@', then labels of 1 to 63 letters, digits or '-',
  // neither starting
  // nor ending with '-', separated by dots.
  static boolean isEmail(CharSequence candidate) {
    int at = 0;
    while (at < candidate.length() && EMAIL_LOCAL.indexOf(candidate.charAt(at)) >= 0) {
      at++;
    }
    if (at == 0 || at >= candidate.length() || candidate.charAt(at) != '@') {
      return false;
    }
    int label = 0;
    for (int i = at + 1; i <= candidate.length(); i++) {
      char c = i < candidate.length() ? candidate.charAt(i) : '.';
      if (c == '.') {
        if (label == 0
            || label > 63
            || candidate.charAt(i - 1) == '-'
            || candidate.charAt(i - label) == '-') {
          return false;
        }
        label = 0;
      } else if (isAsciiLetterOrDigit(c) || c == '-') {
        label++;
      } else {
        return false;
      }
    }
    return true;
  }

  private static boolean isSchemeChar(char c, boolean first) {
    return first ? isAsciiLetter(c) : isAsciiLetterOrDigit(c) || c == '.' || c == '+' || c == '-';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
  }
}
