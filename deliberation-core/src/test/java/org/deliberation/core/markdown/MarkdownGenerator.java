package org.deliberation.core.markdown;

import java.util.SplittableRandom;

/**
 * Random Markdown biased towards what breaks parsers: the special characters, the block markers at line starts,
 * deep repetitions of one marker, links and autolinks, and a little hostile HTML.
 */
final class MarkdownGenerator {

  private static final String[] TOKENS = {
    "*",
    "**",
    "_",
    "__",
    "~",
    "~~",
    "[",
    "]",
    "(",
    ")",
    "<",
    ">",
    "!",
    "#",
    "|",
    "`",
    "``",
    "\\",
    "-",
    "+",
    ".",
    "1.",
    "2)",
    " ",
    "  ",
    "\t",
    "\n",
    "\n\n",
    "\n> ",
    "\n- ",
    "\n1. ",
    "\n# ",
    "\n## ",
    "\n    ",
    "\n```\n",
    "\n|a|b|\n|-|-|\n",
    "a",
    "word",
    "é",
    "💬",
    "&amp;",
    "&#x6a;",
    "](u)",
    "![",
    "](https://e.org \"t\")",
    "<https://e.org>",
    "<a@b.c>",
    "www.e.org",
    "a@b.c",
    "http://e.org/a_b*c~d",
    "[x]: https://e.org\n",
    "{",
    "{{",
    "}}",
  };

  private static final String[] HOSTILE = {
    "<script>alert(1)</script>",
    "javascript:alert(1)",
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](jav&#x61;script:alert(1))",
    "![x](javascript:alert(1))",
    "<img src=x onerror=alert(1)>",
    "[x](data:text/html;base64,PHNjcmlwdD4=)",
    "<a href=\"javascript:alert(1)\">x</a>",
    "[x](vbscript:msgbox(1))",
    "<iframe src=https://evil.example>",
    "<div style=\"background:url(javascript:alert(1))\">",
    "\" onmouseover=\"x",
    "[x]: javascript:alert(1)\n\n[x]",
    "<javascript:alert(1)>",
    "[x](<javascript:alert(1)>)",
  };

  private static final String[] MARKERS = {
    ">", "> ", "- ", "* ", "1. ", "  - ", "*", "_", "~~", "**a ", "a** ", "[", "![", "](u)", "]",
    "`", "``", "\\", "<", "&", "#", " ", "\n", "\n\n", "*[![", "](u)]*", "> - ", "~~a ", "a~~ ",
    " *a", "a**a",
  };

  private MarkdownGenerator() {}

  /** A short text of up to {@code maxTokens} tokens: ordinary size, no limit reached. */
  static String markdown(SplittableRandom random, int maxTokens) {
    var text = new StringBuilder();
    int tokens = random.nextInt(maxTokens + 1);
    for (int i = 0; i < tokens; i++) {
      text.append(TOKENS[random.nextInt(TOKENS.length)]);
    }
    return text.toString();
  }

  /** Like {@link #markdown}, with hostile HTML and URLs mixed in. */
  static String hostile(SplittableRandom random) {
    var text = new StringBuilder();
    int tokens = random.nextInt(30);
    for (int i = 0; i < tokens; i++) {
      text.append(
          random.nextInt(3) == 0
              ? HOSTILE[random.nextInt(HOSTILE.length)]
              : TOKENS[random.nextInt(TOKENS.length)]);
    }
    return text.toString();
  }

  /** Runs of markers repeated up to thousands of times, between ordinary tokens: up to {@code maxLength} chars. */
  static String deep(SplittableRandom random, int maxLength) {
    var text = new StringBuilder();
    int pieces = 1 + random.nextInt(8);
    for (int i = 0; i < pieces && text.length() < maxLength; i++) {
      var marker = MARKERS[random.nextInt(MARKERS.length)];
      int times =
          1
              + random.nextInt(
                  random.nextBoolean() ? 50 : Math.max(1, maxLength / marker.length() / pieces));
      text.append(marker.repeat(times)).append(markdown(random, 10));
    }
    return text.length() > maxLength ? text.substring(0, maxLength) : text.toString();
  }
}
