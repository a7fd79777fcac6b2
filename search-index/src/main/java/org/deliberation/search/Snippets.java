package org.deliberation.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;

/**
 * The part of a text to show under a result: a window of about {@link #LENGTH} characters around the most matches,
 * HTML-escaped, the matching words in {@code <mark>}.
 *
 * <p>Matches are found by analysing the stored text with each field's own analyzer and testing every token against
 * the query's terms, so "écoles" marks "école" exactly as the index matched it. Lucene's {@code UnifiedHighlighter}
 * could do this too, with masked fields, at the cost of another module and of offsets in the index; a statement or a
 * section is short enough to analyse again.
 */
final class Snippets {

  static final int LENGTH = 200;

  /** How much text to show before the first match of the window. */
  static final int CONTEXT = 50;

  /** Only the beginning of a long page section is analysed again; a match further on shows the section's start. */
  static final int MAX_ANALYZED = 10_000;

  private static final int MAX_MATCHES = 1_000;

  private Snippets() {}

  static String of(String text, QueryTerms terms, Analyzer analyzer) {
    var matches = merge(matches(text, terms, analyzer));
    int start = windowStart(text, matches);
    int end = Math.min(text.length(), start + LENGTH);
    if (end < text.length()) {
      int space = text.lastIndexOf(' ', end);
      if (space > start) {
        end = space;
      } else if (Character.isLowSurrogate(text.charAt(end))) {
        end--;
      }
    }
    var html = new StringBuilder(end - start + 64);
    if (start > 0) {
      html.append("… ");
    }
    int at = start;
    for (var match : matches) {
      if (match.start() < start || match.end() > end) {
        continue;
      }
      escape(text, at, match.start(), html);
      html.append("<mark>");
      escape(text, match.start(), match.end(), html);
      html.append("</mark>");
      at = match.end();
    }
    escape(text, at, end, html);
    if (end < text.length()) {
      html.append(" …");
    }
    return html.toString();
  }

  private record Match(int start, int end) {}

  private static List<Match> matches(String text, QueryTerms terms, Analyzer analyzer) {
    int length = Math.min(text.length(), MAX_ANALYZED);
    if (length < text.length() && Character.isHighSurrogate(text.charAt(length - 1))) {
      length--;
    }
    var analyzed = text.substring(0, length);
    var matches = new ArrayList<Match>();
    for (var field : terms.fields()) {
      try (var stream = analyzer.tokenStream(field, analyzed)) {
        var term = stream.addAttribute(TermToBytesRefAttribute.class);
        var offset = stream.addAttribute(OffsetAttribute.class);
        stream.reset();
        while (stream.incrementToken() && matches.size() < MAX_MATCHES) {
          if (terms.matches(field, term.getBytesRef())) {
            matches.add(new Match(offset.startOffset(), offset.endOffset()));
          }
        }
        stream.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return matches;
  }

  /** Sorted, with overlapping matches (the same word found by two analyzers) made one. */
  private static List<Match> merge(List<Match> matches) {
    var sorted = new ArrayList<>(matches);
    sorted.sort(Comparator.comparingInt(Match::start).thenComparingInt(Match::end));
    var merged = new ArrayList<Match>();
    for (var match : sorted) {
      if (!merged.isEmpty() && match.start() < merged.getLast().end()) {
        var last = merged.removeLast();
        merged.add(new Match(last.start(), Math.max(last.end(), match.end())));
      } else {
        merged.add(match);
      }
    }
    return merged;
  }

  /** Where the window holding the most matches starts, at a word, a little before its first match. */
  private static int windowStart(String text, List<Match> matches) {
    int best = 0;
    int bestCount = 0;
    for (int i = 0; i < matches.size(); i++) {
      int from = Math.max(0, matches.get(i).start() - CONTEXT);
      int count = 0;
      for (int j = i; j < matches.size() && matches.get(j).end() <= from + LENGTH; j++) {
        count++;
      }
      if (count > bestCount) {
        best = from;
        bestCount = count;
      }
    }
    if (best == 0 || text.length() <= LENGTH) {
      return 0;
    }
    // Start at a word: after the first space of the context, unless it has none.
    int from = best;
    int space = text.indexOf(' ', from);
    int firstMatch =
        matches.stream().mapToInt(Match::start).filter(start -> start >= from).min().orElse(from);
    if (space >= 0 && space < firstMatch) {
      return space + 1;
    }
    return Character.isLowSurrogate(text.charAt(from)) ? from - 1 : from;
  }

  private static void escape(String text, int from, int to, StringBuilder html) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> html.append("&amp;");
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '"' -> html.append("&quot;");
        case '\'' -> html.append("&#39;");
        default -> html.append(c);
      }
    }
  }
}
