package org.deliberation.core.markdown;

import java.util.List;
import java.util.function.IntFunction;

/**
 * Inputs that made a Markdown parser or one of our text scanners superlinear, deep or recursive, each as a function
 * of a length in characters, so that tests can render them at n and 4n. Shared by the renderer's tests; each line says
 * what it once broke.
 */
final class Pathological {

  /** Just under the page limit (64 KB in UTF-8; these inputs are ASCII). */
  static final int PAGE = 64 * 1024 - 16;

  record Input(String name, IntFunction<String> ofLength) {

    String at(int length) {
      var text = ofLength.apply(length);
      return text.length() > length ? text.substring(0, length) : text;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static final List<Input> ALL =
      List.of(
          // Block containers: commonmark keeps one open block per level and renders them
          // recursively.
          new Input("nested block quotes", n -> ">".repeat(n)),
          new Input("spaced quote markers", n -> "> ".repeat(n / 2)),
          new Input("nested lists", n -> "- ".repeat(n / 2)),
          new Input("nested ordered lists", n -> "1. ".repeat(n / 3)),
          new Input("nested quotes and lists", n -> "> - ".repeat(n / 4)),
          new Input("indented nested lists", Pathological::indentedLists),
          new Input("blank lines under deep lists", n -> indentedLists(n / 2) + "\n".repeat(n / 2)),
          // Emphasis: one node per level, recursive merge and render; and commonmark-java's
          // rule-of-three search.
          new Input("stars around a word", n -> "*".repeat(n / 2) + "a" + "*".repeat(n / 2)),
          new Input("underscores around a word", n -> "_".repeat(n / 2) + "a" + "_".repeat(n / 2)),
          new Input("nested strikethrough", n -> "~~a ".repeat(n / 8) + "a~~ ".repeat(n / 8)),
          new Input("emphasis runs", n -> "*a _".repeat(n / 4)),
          new Input("openers then closers", n -> "*a ".repeat(n / 6) + "a* ".repeat(n / 6)),
          new Input("rule of three", n -> " *a".repeat(n / 6) + "a**a".repeat(n / 8)),
          new Input(
              "rule of three with underscores", n -> " _a".repeat(n / 6) + "a__a".repeat(n / 8)),
          new Input("unequal tildes", n -> " ~~a".repeat(n / 8) + "a~ ".repeat(n / 6)),
          // Brackets: text copied and the bracket stack walked for every closing bracket.
          new Input("unclosed brackets", n -> "[".repeat(n)),
          new Input("nested images", n -> "![".repeat(n / 3) + "a" + "]".repeat(n / 3)),
          new Input("nested links", n -> "[".repeat(n / 8) + "a" + "](u)".repeat(n / 8)),
          new Input("brackets then links", n -> "[".repeat(n / 2) + "[a](b)".repeat(n / 12)),
          new Input("unclosed link texts", n -> "[a](".repeat(n / 4)),
          new Input("unclosed pointy destinations", n -> "[a](<".repeat(n / 5)),
          new Input("unclosed titles", n -> "[a](b '".repeat(n / 7)),
          new Input("unclosed labels", n -> "[a][".repeat(n / 4)),
          new Input("many links", n -> "[a](https://e.org) ".repeat(n / 19)),
          // Code spans: each unmatched run of backticks looks for its closer up to the end.
          new Input("backtick runs", n -> "`a``".repeat(n / 4)),
          new Input("backtick runs of growing length", Pathological::growingBackticks),
          // Angle brackets: raw HTML and the autolink patterns.
          new Input("html-like text", n -> "<a href=".repeat(n / 8)),
          new Input("unclosed processing instructions", n -> "<?".repeat(n / 2)),
          new Input("unclosed comments", n -> "<!--".repeat(n / 4)),
          new Input("unclosed cdata", n -> "<![CDATA[".repeat(n / 9)),
          new Input("closing tags", n -> "</a ".repeat(n / 4)),
          new Input("almost autolinks", n -> "<http://a ".repeat(n / 10)),
          new Input(
              "many domain labels",
              n -> ("<a@" + "b.".repeat(1_000) + "c> ").repeat(Math.max(1, n / 2_006))),
          // Everything else.
          new Input("entities", n -> "&#x6a;".repeat(n / 6)),
          new Input("backslashes", n -> "\\".repeat(n)),
          new Input("tabs", n -> "\t".repeat(n - 1) + "a"),
          new Input("long heading", n -> "# a" + " ".repeat(n - 4) + "x"),
          new Input("table rows", n -> "|a|b|\n|-|-|\n" + "|x|y|\n".repeat(n / 6)),
          new Input("one long line", n -> "word ".repeat(n / 5)));

  static List<Input> inputs() {
    return ALL;
  }

  private static String indentedLists(int length) {
    // Each line opens 31 more levels, indented to the content of the last one: depth without long
    // marker runs.
    var text = new StringBuilder();
    for (int line = 0; text.length() < length; line++) {
      text.append(" ".repeat(62 * line)).append("- ".repeat(31)).append("x\n");
    }
    return text.toString();
  }

  private static String growingBackticks(int length) {
    var text = new StringBuilder();
    for (int run = 1; text.length() < length; run++) {
      text.append("`".repeat(run)).append('a');
    }
    return text.toString();
  }

  private Pathological() {}
}
