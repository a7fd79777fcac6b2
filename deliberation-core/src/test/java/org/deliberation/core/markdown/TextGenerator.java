package org.deliberation.core.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random page texts for diffs and merges: lines drawn from a small vocabulary, so that texts share many lines and
 * repeat them (what makes line diffs work hard), with or without a final newline, with blank lines, CRLF endings and
 * non-ASCII text. No unpaired surrogate: pages are stored as UTF-8, which cannot hold one.
 */
final class TextGenerator {

  private static final String[] LINES = {
    "",
    "a",
    "b",
    "c",
    "# Costs",
    "- item",
    "The hall costs three million.",
    "é à ü",
    "💬 a comment",
    "  indented",
    "x\r",
    "| a | b |",
    "```",
    "> quoted",
    "1. first",
  };

  private TextGenerator() {}

  /** A text of up to {@code maxLines} lines. */
  static String text(SplittableRandom random, int maxLines) {
    return join(lines(random, maxLines), random.nextBoolean());
  }

  static List<String> lines(SplittableRandom random, int maxLines) {
    int count = random.nextInt(maxLines + 1);
    int vocabulary = 2 + random.nextInt(LINES.length - 1);
    var lines = new ArrayList<String>(count);
    for (int i = 0; i < count; i++) {
      lines.add(
          random.nextInt(4) == 0
              ? "line " + random.nextInt(1_000)
              : LINES[random.nextInt(vocabulary)]);
    }
    return lines;
  }

  /** The text with a few lines replaced, inserted or removed. */
  static String edit(SplittableRandom random, String text, int maxChanges) {
    var lines = new ArrayList<>(List.of(text.split("\n", -1)));
    boolean finalNewline = text.endsWith("\n");
    if (finalNewline) {
      lines.removeLast();
    }
    int changes = random.nextInt(maxChanges + 1);
    for (int i = 0; i < changes; i++) {
      int at = lines.isEmpty() ? 0 : random.nextInt(lines.size());
      switch (random.nextInt(3)) {
        case 0 -> lines.add(at, "added " + random.nextInt(100));
        case 1 -> {
          if (!lines.isEmpty()) {
            lines.remove(at);
          }
        }
        default -> {
          if (!lines.isEmpty()) {
            lines.set(at, "changed " + random.nextInt(100));
          }
        }
      }
    }
    return join(lines, random.nextInt(8) == 0 ? !finalNewline : finalNewline);
  }

  private static String join(List<String> lines, boolean finalNewline) {
    if (lines.isEmpty()) {
      return "";
    }
    return String.join("\n", lines) + (finalNewline ? "\n" : "");
  }
}
