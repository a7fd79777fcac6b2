package org.deliberation.search.text;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/** Random Markdown for the search mapping, and the inputs that made its patterns recurse or backtrack. */
public final class SearchTextGenerator {

  private static final String[] TOKENS = {
    ">",
    "> ",
    "#",
    "# ",
    "##",
    "###### ",
    "####### ",
    "- ",
    "* ",
    "+ ",
    "1. ",
    "2) ",
    "1234567890. ",
    "\n",
    "\n\n",
    "\r\n",
    " ",
    "  ",
    "\t",
    "[",
    "]",
    "(",
    ")",
    "!",
    "<",
    ">",
    "http:",
    "https:",
    "mailto:",
    "a",
    "b c",
    "word",
    "*",
    "**",
    "_",
    "__",
    "~",
    "~~",
    "`",
    "``",
    "\\",
    "|",
    "|-|",
    "[a]: b\n",
    "```\n",
    "~~~\n",
    "***\n",
    "---\n",
    "é",
    "💬",
    "snake_case",
    "[link](https://e.org)",
    "![img](i.png)",
    "[ref][r]",
    "<https://e.org/a>",
  };

  /** Inputs that made the old patterns recurse (block markers) or scan hundreds of characters from every bracket. */
  public static final List<Named> PATHOLOGICAL =
      List.of(
          new Named("quote markers", n -> "> ".repeat(n / 2)),
          new Named("heading markers", n -> "# ".repeat(n / 2)),
          new Named("ordered list markers", n -> "1. ".repeat(n / 3)),
          new Named("bullet markers", n -> "* ".repeat(n / 2)),
          new Named("unclosed brackets", n -> "[".repeat(n)),
          new Named("unclosed link texts", n -> "[a](".repeat(n / 4)),
          new Named("unclosed images", n -> "![".repeat(n / 2)),
          new Named("unclosed autolinks", n -> "<http:a".repeat(n / 7)),
          new Named("one long autolink", n -> "<http:" + "a".repeat(n)),
          new Named("stars", n -> "*".repeat(n)),
          new Named("underscores between letters", n -> "a_".repeat(n / 2)),
          new Named("backticks", n -> "`".repeat(n)),
          new Named("escapes", n -> "\\*".repeat(n / 2)),
          new Named("spaces in a heading", n -> "# a" + " ".repeat(n) + "x"),
          new Named("hashes", n -> "#\n".repeat(n / 2)),
          new Named("dashes", n -> "-".repeat(n) + "x"),
          new Named("fences", n -> "```\n".repeat(n / 4)),
          new Named("link definitions", n -> "[a]: b\n".repeat(n / 7)),
          new Named("table rows", n -> "|a|b|\n".repeat(n / 6)),
          new Named("words", n -> "word ".repeat(n / 5)));

  /** An input as a function of its length. */
  public record Named(String name, IntFunction<String> ofLength) {

    @Override
    public String toString() {
      return name;
    }
  }

  private SearchTextGenerator() {}

  /** Up to {@code maxTokens} tokens. */
  public static String markdown(SplittableRandom random, int maxTokens) {
    var text = new StringBuilder();
    int tokens = random.nextInt(maxTokens + 1);
    for (int i = 0; i < tokens; i++) {
      text.append(TOKENS[random.nextInt(TOKENS.length)]);
    }
    return text.toString();
  }

  /** A few pathological runs at random lengths, between ordinary tokens. */
  public static String deep(SplittableRandom random, int maxLength) {
    var text = new StringBuilder();
    while (text.length() < maxLength && random.nextInt(6) != 0) {
      var input = PATHOLOGICAL.get(random.nextInt(PATHOLOGICAL.size()));
      text.append(input.ofLength().apply(1 + random.nextInt(Math.max(1, maxLength / 4))))
          .append(markdown(random, 8));
    }
    return text.length() > maxLength ? text.substring(0, maxLength) : text.toString();
  }
}
