package org.deliberation.search.text;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces Markdown to the words a reader sees, so that snippets show no markup and link targets do not match
 * searches for their words.
 *
 * <p>A few passes, not a parser: a stray {@code *} left behind costs nothing in a search index, and a parse tree would
 * be thrown away at once. Each pass reads each character a bounded number of times, so the whole is linear in the
 * text, and none recurses: the line-start markers, links and autolinks are read by hand, because as regular
 * expressions they were not. The block-marker pattern {@code (?:[ \t]*(?:>|...))+} recursed once per marker in
 * Java's engine (1,000 quote markers overflowed the stack of the search projection's thread), and the bounded link
 * and autolink patterns tried up to 500 and 2,000 characters from every bracket (64 KB of {@code [} took 0.5 s).
 */
public final class MarkdownText {

  private static final Pattern FENCE = Pattern.compile("(?m)^ {0,3}(?:`{3,}|~{3,}).*$");
  private static final Pattern LINK_DEFINITION =
      Pattern.compile("(?m)^ {0,3}\\[[^\\]\\n]{1,500}\\]:[ \\t]*\\S+.*$");
  // Table delimiter rows and thematic breaks; possessive, so a 64 KB line of dashes is scanned
  // once.
  private static final Pattern RULE =
      Pattern.compile("(?m)^[ \\t|:-]++$|^ {0,3}(?:[*_][ \\t]*+){3,}+$");
  private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
  // Not after a backslash: an escaped marker is text, which ESCAPE then unescapes. Each alternative
  // is one greedy run
  // of a single character, which Java matches in a loop.
  private static final Pattern EMPHASIS =
      Pattern.compile("(?<!\\\\)(?:\\*+|~~|`+)|(?<![\\p{L}\\p{N}\\\\])_+|_+(?![\\p{L}\\p{N}])");
  private static final Pattern TABLE_PIPE = Pattern.compile("\\|");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** The longest link text, destination or label read as one; longer brackets stay as they are. */
  static final int LONGEST_LINK_PART = 500;

  /** The longest autolink read as one. */
  static final int LONGEST_AUTOLINK = 2000;

  private MarkdownText() {}

  /** The visible text of a Markdown block, on one line with single spaces. */
  public static String plain(String markdown) {
    return plain(markdown, UnaryOperator.identity());
  }

  /** The visible text of inline Markdown, such as a heading's. */
  public static String inline(String markdown) {
    return inline(markdown, UnaryOperator.identity());
  }

  /** {@link #plain(String)}, with {@code reading} applied to the text before each pass: tests count what is read. */
  static String plain(CharSequence markdown, UnaryOperator<CharSequence> reading) {
    var text = FENCE.matcher(reading.apply(markdown)).replaceAll("");
    text = LINK_DEFINITION.matcher(reading.apply(text)).replaceAll("");
    text = RULE.matcher(reading.apply(text)).replaceAll("");
    text = withoutBlockMarkers(reading.apply(text));
    return inline(text, reading);
  }

  static String inline(CharSequence markdown, UnaryOperator<CharSequence> reading) {
    var text = linkTexts(reading.apply(markdown));
    text = autolinks(reading.apply(text));
    text = EMPHASIS.matcher(reading.apply(text)).replaceAll("");
    text =
        ESCAPE
            .matcher(reading.apply(text))
            .replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
    text = TABLE_PIPE.matcher(reading.apply(text)).replaceAll(" ");
    return SPACES.matcher(reading.apply(text)).replaceAll(" ").strip();
  }

  /**
   * Removes the quote, heading and list markers at the start of each line, as many as follow one another, each after
   * optional spaces or tabs: {@code >}, one to six {@code #} before a space or the line's end, {@code -}, {@code +} or
   * {@code *} before a space, one to nine digits and {@code .} or {@code )} before a space. The spaces after the last
   * marker stay, like the text.
   */
  static String withoutBlockMarkers(CharSequence text) {
    var out = new StringBuilder(text.length());
    int at = 0;
    while (at < text.length()) {
      int end = at;
      for (int marker = markerEnd(text, at); marker >= 0; marker = markerEnd(text, end)) {
        end = marker;
      }
      int lineEnd = at;
      while (lineEnd < text.length() && !isLineEnd(text.charAt(lineEnd))) {
        lineEnd++;
      }
      if (lineEnd < text.length()) {
        lineEnd++;
      }
      // The markers read in [at, end) are dropped; end <= lineEnd because markers stop at a line
      // end.
      out.append(text, end, lineEnd);
      at = lineEnd;
    }
    return out.toString();
  }

  // The end of the marker after optional spaces and tabs from `from`, or -1 when there is none.
  private static int markerEnd(CharSequence text, int from) {
    int at = from;
    while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
      at++;
    }
    if (at >= text.length()) {
      return -1;
    }
    char c = text.charAt(at);
    if (c == '>') {
      return at + 1;
    }
    if (c == '#') {
      int end = at;
      while (end < text.length() && end - at < 7 && text.charAt(end) == '#') {
        end++;
      }
      return end - at <= 6 && (end == text.length() || isSpaceOrLineEnd(text.charAt(end)))
          ? end
          : -1;
    }
    if (c == '-' || c == '+' || c == '*') {
      return at + 1 < text.length() && isSpaceOrTab(text.charAt(at + 1)) ? at + 1 : -1;
    }
    int end = at;
    while (end < text.length()
        && end - at < 10
        && text.charAt(end) >= '0'
        && text.charAt(end) <= '9') {
      end++;
    }
    boolean digits = end > at && end - at <= 9;
    if (digits
        && end + 1 < text.length()
        && (text.charAt(end) == '.' || text.charAt(end) == ')')
        && isSpaceOrTab(text.charAt(end + 1))) {
      return end + 1;
    }
    return -1;
  }

  /**
   * Replaces {@code [text](destination)}, {@code [text][label]} and the same with {@code !} by their text: each part
   * ends at its first closing bracket or line end, and is at most {@link #LONGEST_LINK_PART} characters long. Where
   * each part's end lies is found once for the whole text, so each bracket costs a few look-ups.
   */
  static String linkTexts(CharSequence text) {
    int length = text.length();
    var closeBracket = nextOf(text, ']');
    var closeParen = nextOf(text, ')');
    var out = new StringBuilder(length);
    int at = 0;
    while (at < length) {
      int open =
          text.charAt(at) == '!' && at + 1 < length && text.charAt(at + 1) == '[' ? at + 1 : at;
      int end = text.charAt(open) == '[' ? linkEnd(text, open, closeBracket, closeParen) : -1;
      if (end < 0) {
        out.append(text.charAt(at));
        at++;
      } else {
        out.append(text, open + 1, closeBracket[open + 1]);
        at = end;
      }
    }
    return out.toString();
  }

  // The end of a link whose '[' is at `open`, or -1.
  private static int linkEnd(CharSequence text, int open, int[] closeBracket, int[] closeParen) {
    int textEnd = closeBracket[open + 1];
    if (!endsWith(text, textEnd, ']')
        || textEnd - open - 1 > LONGEST_LINK_PART
        || textEnd + 1 >= text.length()) {
      return -1;
    }
    char next = text.charAt(textEnd + 1);
    int[] closing = next == '(' ? closeParen : next == '[' ? closeBracket : null;
    if (closing == null) {
      return -1;
    }
    int partEnd = closing[textEnd + 2];
    char closer = next == '(' ? ')' : ']';
    if (endsWith(text, partEnd, closer) && partEnd - textEnd - 2 <= LONGEST_LINK_PART) {
      return partEnd + 1;
    }
    return -1;
  }

  /**
   * Replaces {@code <https://…>}, {@code <http://…>} and {@code <mailto:…>} by their address: at most
   * {@link #LONGEST_AUTOLINK} characters, none a space or {@code >}.
   */
  static String autolinks(CharSequence text) {
    int length = text.length();
    // Where the first '>' or white space at or after each position is; computed once, backwards.
    var stop = new int[length + 1];
    stop[length] = length;
    for (int i = length - 1; i >= 0; i--) {
      char c = text.charAt(i);
      stop[i] = c == '>' || isRegexSpace(c) ? i : stop[i + 1];
    }
    var out = new StringBuilder(length);
    int at = 0;
    while (at < length) {
      int scheme = text.charAt(at) == '<' ? schemeEnd(text, at + 1) : -1;
      int end = scheme < 0 ? -1 : stop[scheme];
      if (end > scheme
          && end < length
          && text.charAt(end) == '>'
          && end - scheme <= LONGEST_AUTOLINK) {
        out.append(text, at + 1, end);
        at = end + 1;
      } else {
        out.append(text.charAt(at));
        at++;
      }
    }
    return out.toString();
  }

  // After "http:", "https:" or "mailto:" at `from`, or -1.
  private static int schemeEnd(CharSequence text, int from) {
    for (var scheme : new String[] {"http:", "https:", "mailto:"}) {
      if (startsWith(text, from, scheme)) {
        return from + scheme.length();
      }
    }
    return -1;
  }

  /** For each position, the first position at or after it holding {@code wanted} or a line feed; the end if none. */
  private static int[] nextOf(CharSequence text, char wanted) {
    var next = new int[text.length() + 1];
    next[text.length()] = text.length();
    for (int i = text.length() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      next[i] = c == wanted || c == '\n' ? i : next[i + 1];
    }
    return next;
  }

  private static boolean endsWith(CharSequence text, int at, char wanted) {
    return at < text.length() && text.charAt(at) == wanted;
  }

  private static boolean startsWith(CharSequence text, int at, String prefix) {
    if (at + prefix.length() > text.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (text.charAt(at + i) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpaceOrTab(char c) {
    return c == ' ' || c == '\t';
  }

  private static boolean isLineEnd(char c) {
    return c == '\n' || c == '\r';
  }

  private static boolean isSpaceOrLineEnd(char c) {
    return isSpaceOrTab(c) || isLineEnd(c);
  }

  // \s in a Java pattern: space, tab, line feed, vertical tab, form feed, carriage return.
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
