package org.deliberation.search.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Splits a page at its Markdown headings, so that a search lands on the section that answers it rather than on a
 * whole page, and its title says which section that is.
 *
 * <p>Only ATX headings ({@code ## Costs}) split; a {@code #} inside a fenced code block is code, not a heading. A
 * setext heading (a line underlined with {@code ---}) renders as a heading but does not start a section here.
 */
public final class PageSections {

  private static final Pattern LINE_BREAK = Pattern.compile("\\R");
  private static final Pattern FENCE_OPEN = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
  private static final Pattern NOT_IN_ANCHOR = Pattern.compile("[^\\p{L}\\p{N}\\s-]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private PageSections() {}

  /** The sections of a page in order; the text before the first heading is a section only when it is not blank. */
  public static List<PageSection> split(String markdown) {
    return split(markdown, UnaryOperator.identity());
  }

  /**
   * {@link #split(String)}, with {@code reading} applied to every text before it is read, the page and each of its
   * lines: tests count the characters read, which is linear in the page.
   */
  static List<PageSection> split(CharSequence markdown, UnaryOperator<CharSequence> reading) {
    var sections = new ArrayList<PageSection>();
    var anchors = new HashMap<String, Integer>();
    String heading = null;
    String anchor = "";
    var body = new StringBuilder();
    String fence = null;
    for (var line : LINE_BREAK.split(reading.apply(markdown), -1)) {
      if (fence != null) {
        if (closes(reading.apply(line), fence)) {
          fence = null;
        }
        body.append(line).append('\n');
        continue;
      }
      var opening = FENCE_OPEN.matcher(reading.apply(line));
      if (opening.lookingAt()) {
        fence = opening.group(1);
        body.append(line).append('\n');
        continue;
      }
      var headingText = headingText(reading.apply(line));
      if (headingText != null) {
        add(sections, heading, anchor, body, reading);
        heading = MarkdownText.inline(headingText, reading);
        anchor = unique(anchor(heading), anchors);
        body = new StringBuilder();
      } else {
        body.append(line).append('\n');
      }
    }
    add(sections, heading, anchor, body, reading);
    return List.copyOf(sections);
  }

  private static void add(
      List<PageSection> sections,
      @Nullable String heading,
      String anchor,
      CharSequence body,
      UnaryOperator<CharSequence> reading) {
    var text = MarkdownText.plain(body, reading);
    if (heading != null || !text.isEmpty()) {
      sections.add(new PageSection(heading, anchor, text));
    }
  }

  /**
   * The text of an ATX heading line, null when the line is not one. Parsed by hand: a regular expression with an
   * optional closing sequence backtracks quadratically on a long line of spaces.
   */
  static @Nullable String headingText(CharSequence line) {
    int at = 0;
    while (at < line.length() && at < 4 && line.charAt(at) == ' ') {
      at++;
    }
    int hashes = 0;
    while (at < line.length() && hashes < 7 && line.charAt(at) == '#') {
      at++;
      hashes++;
    }
    if (at > hashes + 3 || hashes == 0 || hashes > 6) {
      return null;
    }
    if (at < line.length() && line.charAt(at) != ' ' && line.charAt(at) != '\t') {
      return null;
    }
    var rest = line.subSequence(at, line.length()).toString().strip();
    int end = rest.length();
    while (end > 0 && rest.charAt(end - 1) == '#') {
      end--;
    }
    if (end == 0) {
      return "";
    }
    boolean closingSequence = end < rest.length() && Character.isWhitespace(rest.charAt(end - 1));
    return closingSequence ? rest.substring(0, end).strip() : rest;
  }

  // A run of the fence's character at least as long, indented three spaces at most, alone on its
  // line.
  private static boolean closes(CharSequence line, String fence) {
    int start = 0;
    while (start < line.length() && Character.isWhitespace(line.charAt(start))) {
      start++;
    }
    int end = line.length();
    while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
      end--;
    }
    int length = 0;
    while (start + length < end && line.charAt(start + length) == fence.charAt(0)) {
      length++;
    }
    return length >= fence.length() && start + length == end && start <= 3;
  }

  private static String anchor(String heading) {
    var kept = NOT_IN_ANCHOR.matcher(heading.toLowerCase(Locale.ROOT)).replaceAll("");
    var dashed = SPACES.matcher(kept.strip()).replaceAll("-");
    return dashed.isEmpty() ? "section" : dashed;
  }

  /** The anchor, numbered when taken; each anchor remembers its last number, so that 30,000 "#" stay linear. */
  private static String unique(String anchor, Map<String, Integer> used) {
    if (!used.containsKey(anchor)) {
      used.put(anchor, 0);
      return anchor;
    }
    int n = used.get(anchor);
    String candidate;
    do {
      candidate = anchor + "-" + ++n;
    } while (used.containsKey(candidate));
    used.put(anchor, n);
    used.put(candidate, 0);
    return candidate;
  }
}
