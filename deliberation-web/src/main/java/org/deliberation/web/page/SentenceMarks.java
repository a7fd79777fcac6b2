package org.deliberation.web.page;

import java.util.ArrayList;
import java.util.List;
import org.deliberation.core.readability.HardSentence;

/**
 * Marks a page's hardest sentences in its rendered, sanitized HTML with {@code <mark>}, for the editor's preview.
 *
 * <p>The sentences come from the rendered text, so they are looked for in the HTML's text: tags are skipped and
 * character references decoded while matching. A sentence that crosses tags (a link, emphasis) is marked piece by
 * piece, one {@code <mark>} per run of text between two tags, so that the marks always nest; nothing is ever inserted
 * inside a tag or a character reference. Work: the HTML once, then at most {@code 3 × 300} comparisons per
 * character (three sentences of at most 300 characters), so bounded by a constant times the page.
 */
final class SentenceMarks {

  static String mark(String html, List<HardSentence> sentences) {
    var text = new StringBuilder(html.length());
    var from = new int[html.length() + 1];
    var to = new int[html.length() + 1];
    decode(html, text, from, to);
    var marks = new ArrayList<int[]>();
    var taken = new boolean[text.length()];
    for (var sentence : sentences) {
      var wanted = sentence.text().endsWith("…") ? strip(sentence.text()) : sentence.text();
      int at = wanted.isEmpty() ? -1 : text.indexOf(wanted);
      if (at < 0 || overlaps(taken, at, at + wanted.length())) {
        continue; // not found, or inside (or around) one already marked: marks never overlap
      }
      int pieceStart = at;
      for (int i = at; i < at + wanted.length(); i++) {
        taken[i] = true;
        boolean last = i == at + wanted.length() - 1;
        if (last || to[i] != from[i + 1]) {
          marks.add(new int[] {from[pieceStart], to[i]});
          pieceStart = i + 1;
        }
      }
    }
    marks.sort((a, b) -> Integer.compare(a[0], b[0]));
    var out = new StringBuilder(html.length() + marks.size() * 13);
    int copied = 0;
    for (var mark : marks) {
      out.append(html, copied, mark[0]).append("<mark>").append(html, mark[0], mark[1]);
      out.append("</mark>");
      copied = mark[1];
    }
    return out.append(html, copied, html.length()).toString();
  }

  private static boolean overlaps(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }

  private static String strip(String cut) {
    return cut.substring(0, cut.length() - 1);
  }

  // The text of the HTML outside its tags, references decoded and whitespace as spaces (the
  // rendered
  // text has a space where the HTML breaks a line); from/to: where each character stands in the
  // HTML.
  private static void decode(String html, StringBuilder text, int[] from, int[] to) {
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (c == '<') {
        int close = html.indexOf('>', i);
        i = close < 0 ? html.length() : close + 1;
        continue;
      }
      int end = i + 1;
      char decoded = Character.isWhitespace(c) ? ' ' : c;
      if (c == '&') {
        // a reference is short: look at most ten characters ahead, so that "&&&&…" stays linear
        int semicolon = -1;
        for (int j = i + 1; j < Math.min(html.length(), i + 11) && semicolon < 0; j++) {
          semicolon = html.charAt(j) == ';' ? j : -1;
        }
        if (semicolon > i) {
          var reference = html.substring(i + 1, semicolon);
          var value = reference(reference);
          if (value >= 0) {
            decoded = (char) value;
            end = semicolon + 1;
          }
        }
      }
      from[text.length()] = i;
      to[text.length()] = end;
      text.append(decoded);
      i = end;
    }
  }

  private static int reference(String name) {
    switch (name) {
      case "amp":
        return '&';
      case "lt":
        return '<';
      case "gt":
        return '>';
      case "quot":
        return '"';
      case "apos":
        return '\'';
      case "nbsp":
        return ' ';
      default:
        break;
    }
    try {
      if (name.startsWith("#x") || name.startsWith("#X")) {
        int value = Integer.parseInt(name.substring(2), 16);
        return value <= Character.MAX_VALUE ? value : -1;
      }
      if (name.startsWith("#")) {
        int value = Integer.parseInt(name.substring(1));
        return value <= Character.MAX_VALUE ? value : -1;
      }
    } catch (NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  private SentenceMarks() {}
}
