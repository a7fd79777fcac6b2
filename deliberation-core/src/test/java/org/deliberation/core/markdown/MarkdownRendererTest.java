package org.deliberation.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {

  private final MarkdownRenderer renderer = new MarkdownRenderer();

  @Nested
  class Rendering {

    @Test
    void rendersHeadingsListsAndEmphasis() {
      assertThat(renderer.render("# Costs\n\n- **4 M€** to build\n- *2* years\n~~old~~"))
          .contains("<h1>Costs</h1>", "<li><strong>4 M€</strong> to build</li>", "<em>2</em>", "<del>old</del>");
    }

    @Test
    void rendersGfmTables() {
      assertThat(renderer.render("| option | cost |\n|---|--:|\n| A | 4 |\n"))
          .contains("<table>", "<th>option</th>", "<td align=\"right\">4</td>");
    }

    @Test
    void linksBareAddressesAndMarksLinksNofollow() {
      assertThat(renderer.render("See https://example.org/report and [the law](https://example.org/law)."))
          .contains("href=\"https://example.org/report\"", "href=\"https://example.org/law\"")
          .containsPattern("rel=\"(?=[^\"]*nofollow)(?=[^\"]*noopener)(?=[^\"]*noreferrer)[^\"]*\"");
    }

    @Test
    void keepsMailtoLinksAndHttpsImages() {
      assertThat(renderer.render("[write](mailto:council@example.org) ![map](https://example.org/map.png)"))
          .contains("href=\"mailto:council&#64;example.org\"").contains("src=\"https://example.org/map.png\"");
    }

    @Test
    void titlesAPageByItsFirstHeading() {
      assertThat(MarkdownRenderer.firstHeading("intro\n\n## The costs ##\n# Later")).isEqualTo("The costs");
      assertThat(MarkdownRenderer.firstHeading("no heading here")).isEmpty();
    }
  }

  @Nested
  class HostileInput {

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[x](javascript:alert(1))",
        "[x](JAVASCRIPT:alert(1))",
        "[x](jav&#x61;script:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "![x](javascript:alert(1))",
        "<a href=\"javascript:alert(1)\">x</a>",
        "[x](vbscript:msgbox(1))",
        "<iframe src=https://evil.example></iframe>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "[x]: javascript:alert(1)\n\n[x]",
    })
    void neverLetsScriptThrough(String markdown) {
      var html = renderer.render(markdown).toLowerCase();

      // Hostile text may remain as visible, escaped text; what must never appear is a tag or attribute that runs.
      var tags = TAG.matcher(html).results().map(java.util.regex.MatchResult::group).toList();
      assertThat(tags).allSatisfy(tag -> assertThat(tag)
          .matches("</?(p|a|img|em|strong|del|code|pre|ul|ol|li|h[1-6]|blockquote|br|hr|table|thead|tbody|tr|th|td)"
              + "( [^>]*)?>")
          .doesNotContain("javascript:", "vbscript:", "data:", " on", "style="));
      assertThat(html).doesNotContain("<script", "<iframe", "<div");
    }

    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("<[^>]*>");

    @Test
    void dropsDataUrls() {
      assertThat(renderer.render("![x](data:image/png;base64,AAAA) [y](data:text/html;base64,PHNjcmlwdD4=)"))
          .doesNotContain("data:");
    }

    @Test
    void keepsAutolinksInAngleBrackets() {
      assertThat(renderer.render("<https://example.org/a?b=c> and <council@example.org>"))
          .contains("href=\"https://example.org/a?b&#61;c\"").contains("href=\"mailto:council&#64;example.org\"");
    }

    @Test
    void showsAnHtmlBlockAsText() {
      assertThat(renderer.render("<div>\n<b>hi</b>\n</div>\n")).contains("&lt;div&gt;").doesNotContain("<div");
    }

    @Test
    void keepsReasonablyNestedQuotesAndTurnsTheExcessIntoText() {
      assertThat(renderer.render("> > quoted twice")).contains("<blockquote>\n<blockquote>");
      assertThat(renderer.render(">".repeat(40) + " deep")).contains("&gt;&gt;&gt;&gt;&gt;&gt;&gt;&gt; deep");
    }

    @Test
    void showsRawHtmlAsText() {
      assertThat(renderer.render("<b>bold?</b>")).contains("&lt;b&gt;bold?&lt;/b&gt;").doesNotContain("<b>");
    }

    static Stream<Arguments> pathological() {
      int size = 64 * 1024 - 16;
      return Stream.of(
          Arguments.of("nested block quotes", (Supplier<String>) () -> ">".repeat(size)),
          Arguments.of("nested lists", (Supplier<String>) () -> "- ".repeat(size / 2)),
          Arguments.of("nested ordered lists", (Supplier<String>) () -> "1. ".repeat(size / 3)),
          Arguments.of("nested quotes and lists", (Supplier<String>) () -> "> - ".repeat(size / 4)),
          Arguments.of("indented nested lists", (Supplier<String>) () -> {
            var text = new StringBuilder();
            for (int depth = 0; text.length() < size - 600; depth++) {
              text.append("  ".repeat(depth)).append("- item\n");
            }
            return text.toString();
          }),
          Arguments.of("unclosed brackets", (Supplier<String>) () -> "[".repeat(size)),
          Arguments.of("unclosed link texts", (Supplier<String>) () -> "[a](".repeat(size / 4)),
          Arguments.of("emphasis runs", (Supplier<String>) () -> "*a _".repeat(size / 4)),
          Arguments.of("backtick runs", (Supplier<String>) () -> "`a``".repeat(size / 4)),
          Arguments.of("many links", (Supplier<String>) () -> "[a](https://e.org) ".repeat(size / 19)),
          Arguments.of("html-like text", (Supplier<String>) () -> "<a href=".repeat(size / 8)),
          Arguments.of("unclosed processing instructions", (Supplier<String>) () -> "<?".repeat(size / 2)),
          Arguments.of("unclosed comments", (Supplier<String>) () -> "<!--".repeat(size / 4)),
          Arguments.of("unclosed cdata", (Supplier<String>) () -> "<![CDATA[".repeat(size / 9)),
          Arguments.of("closing tags", (Supplier<String>) () -> "</a ".repeat(size / 4)),
          Arguments.of("almost autolinks", (Supplier<String>) () -> "<http://a ".repeat(size / 10)),
          Arguments.of("entities", (Supplier<String>) () -> "&#x6a;".repeat(size / 6)),
          Arguments.of("one long line", (Supplier<String>) () -> "word ".repeat(size / 5)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pathological")
    void rendersAnyInputUnder64KbInUnder100Ms(String name, Supplier<String> input) {
      var markdown = input.get();
      assertThat(markdown.length()).isLessThan(64 * 1024);
      for (int i = 0; i < 3; i++) {
        renderer.render(markdown); // warm-up: the figure is about the algorithm, not the JIT
      }
      long best = Long.MAX_VALUE;
      for (int i = 0; i < 3; i++) {
        long start = System.nanoTime();
        renderer.render(markdown);
        best = Math.min(best, System.nanoTime() - start);
      }
      assertThat(best / 1_000_000.0).as("milliseconds to render %s", name).isLessThan(100.0);
    }
  }
}
