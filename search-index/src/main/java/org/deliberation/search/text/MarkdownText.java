package org.deliberation.search.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces Markdown to the words a reader sees, so that snippets show no markup and link targets do not match
 * searches for their words.
 *
 * <p>A handful of regular expressions, not a parser: a stray {@code *} left behind costs nothing in a search index,
 * and a parse tree would be thrown away at once. Every pattern is bounded to one line and a few hundred characters, so
 * a 64 KB page of unclosed brackets stays linear.
 */
public final class MarkdownText {

  private static final Pattern FENCE = Pattern.compile("(?m)^ {0,3}(?:`{3,}|~{3,}).*$");
  private static final Pattern LINK_DEFINITION = Pattern.compile("(?m)^ {0,3}\\[[^\\]\\n]{1,500}\\]:[ \\t]*\\S+.*$");
  // Table delimiter rows and thematic breaks; possessive, so a 64 KB line of dashes is scanned once.
  private static final Pattern RULE = Pattern.compile("(?m)^[ \\t|:-]++$|^ {0,3}(?:[*_][ \\t]*+){3,}+$");
  private static final Pattern BLOCK_MARKERS =
      Pattern.compile("(?m)^(?:[ \\t]*(?:>|#{1,6}(?=[ \\t]|$)|[-+*](?=[ \\t])|\\d{1,9}[.)](?=[ \\t])))+");
  private static final Pattern IMAGE_OR_LINK =
      Pattern.compile("!?\\[([^\\]\\n]{0,500})\\](?:\\([^)\\n]{0,500}\\)|\\[[^\\]\\n]{0,500}\\])");
  private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]{1,2000})>");
  private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
  // Not after a backslash: an escaped marker is text, which ESCAPE then unescapes.
  private static final Pattern EMPHASIS =
      Pattern.compile("(?<!\\\\)(?:\\*+|~~|`+)|(?<![\\p{L}\\p{N}\\\\])_+|_+(?![\\p{L}\\p{N}])");
  private static final Pattern TABLE_PIPE = Pattern.compile("\\|");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private MarkdownText() {}

  /** The visible text of a Markdown block, on one line with single spaces. */
  public static String plain(String markdown) {
    var text = FENCE.matcher(markdown).replaceAll("");
    text = LINK_DEFINITION.matcher(text).replaceAll("");
    text = RULE.matcher(text).replaceAll("");
    text = BLOCK_MARKERS.matcher(text).replaceAll("");
    return inline(text);
  }

  /** The visible text of inline Markdown, such as a heading's. */
  public static String inline(String markdown) {
    var text = IMAGE_OR_LINK.matcher(markdown).replaceAll(match -> quote(match.group(1)));
    text = AUTOLINK.matcher(text).replaceAll(match -> quote(match.group(1)));
    text = EMPHASIS.matcher(text).replaceAll("");
    text = ESCAPE.matcher(text).replaceAll(match -> quote(match.group(1)));
    text = TABLE_PIPE.matcher(text).replaceAll(" ");
    return SPACES.matcher(text).replaceAll(" ").strip();
  }

  private static String quote(String replacement) {
    return Matcher.quoteReplacement(replacement);
  }
}
