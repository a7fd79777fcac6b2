package org.deliberation.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.commonmark.node.Node;
import org.deliberation.core.testing.CountingText;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {

  private final MarkdownRenderer renderer = new MarkdownRenderer();

  @Nested
  class Rendering {

    @Test
    void rendersHeadingsListsAndEmphasis() {
      assertThat(renderer.render("# Costs\n\n- **4 M€** to build\n- *2* years\n~~old~~"))
          .contains(
              "<h1>Costs</h1>",
              "<li><strong>4 M€</strong> to build</li>",
              "<em>2</em>",
              "<del>old</del>");
    }

    @Test
    void rendersGfmTables() {
      assertThat(renderer.render("| option | cost |\n|---|--:|\n| A | 4 |\n"))
          .contains("<table>", "<th>option</th>", "<td align=\"right\">4</td>");
    }

    @Test
    void linksBareAddressesAndMarksLinksNofollow() {
      assertThat(
              renderer.render(
                  "See https://example.org/report and [the law](https://example.org/law)."))
          .contains("href=\"https://example.org/report\"", "href=\"https://example.org/law\"")
          .containsPattern(
              "rel=\"(?=[^\"]*nofollow)(?=[^\"]*noopener)(?=[^\"]*noreferrer)[^\"]*\"");
    }

    @Test
    void keepsMailtoLinksAndHttpsImages() {
      assertThat(
              renderer.render(
                  "[write](mailto:council@example.org) ![map](https://example.org/map.png)"))
          .contains("href=\"mailto:council&#64;example.org\"")
          .contains("src=\"https://example.org/map.png\"");
    }

    @Test
    void titlesAPageByItsFirstHeading() {
      assertThat(MarkdownRenderer.firstHeading("intro\n\n## The costs ##\n# Later"))
          .isEqualTo("The costs");
      assertThat(MarkdownRenderer.firstHeading("no heading here")).isEmpty();
    }
  }

  @Nested
  class HostileInput {

    @ParameterizedTest
    @ValueSource(
        strings = {
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
      var html = renderer.render(markdown).toLowerCase(Locale.ROOT);

      // Hostile text may remain as visible, escaped text; what must never appear is a tag or
      // attribute that runs.
      var tags = TAG.matcher(html).results().map(java.util.regex.MatchResult::group).toList();
      assertThat(tags)
          .allSatisfy(
              tag ->
                  assertThat(tag)
                      .matches(
                          "</?(p|a|img|em|strong|del|code|pre|ul|ol|li|h[1-6]|blockquote|br|hr|table|thead|tbody|tr|th|td)"
                              + "( [^>]*)?>")
                      .doesNotContain("javascript:", "vbscript:", "data:", " on", "style="));
      assertThat(html).doesNotContain("<script", "<iframe", "<div");
    }

    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("<[^>]*>");

    @Test
    void dropsDataUrls() {
      assertThat(
              renderer.render(
                  "![x](data:image/png;base64,AAAA) [y](data:text/html;base64,PHNjcmlwdD4=)"))
          .doesNotContain("data:");
    }

    @Test
    void keepsAutolinksInAngleBrackets() {
      assertThat(renderer.render("<https://example.org/a?b=c> and <council@example.org>"))
          .contains("href=\"https://example.org/a?b&#61;c\"")
          .contains("href=\"mailto:council&#64;example.org\"");
    }

    @Test
    void showsAnHtmlBlockAsText() {
      assertThat(renderer.render("<div>\n<b>hi</b>\n</div>\n"))
          .contains("&lt;div&gt;")
          .doesNotContain("<div");
    }

    @Test
    void keepsReasonablyNestedQuotesAndTurnsTheExcessIntoText() {
      assertThat(renderer.render("> > quoted twice")).contains("<blockquote>\n<blockquote>");
      assertThat(renderer.render(">".repeat(40) + " deep"))
          .contains("&gt;&gt;&gt;&gt;&gt;&gt;&gt;&gt; deep");
    }

    @Test
    void showsRawHtmlAsText() {
      assertThat(renderer.render("<b>bold?</b>"))
          .contains("&lt;b&gt;bold?&lt;/b&gt;")
          .doesNotContain("<b>");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.deliberation.core.markdown.Pathological#inputs")
    @Timeout(60) // a hang guard: each takes milliseconds
    void rendersAnyInputUnder64KbOnASmallStack(Pathological.Input input)
        throws InterruptedException {
      var markdown = input.at(Pathological.PAGE);
      var html = new AtomicReference<String>();
      var failure = new AtomicReference<Throwable>();
      // A quarter of a typical thread's stack: the depth limits leave room to spare.
      var thread =
          new Thread(
              null,
              () -> {
                try {
                  html.set(renderer.render(markdown));
                } catch (Throwable e) {
                  failure.set(e);
                }
              },
              "small-stack",
              256 * 1024);
      thread.start();
      thread.join();

      assertThat(failure.get()).as(input.name()).isNull();
      assertThat(html.get().toLowerCase(Locale.ROOT)).doesNotContain("<script", "javascript:");
    }
  }

  @Nested
  class Limits {

    @Test
    @Timeout(60)
    void rendersThirtyTwoLevelsOfStarsAroundAWordAndShowsTheRest() {
      // Issue 11: 30,000 stars on each side overflowed commonmark's parser and renderer, and the
      // page hung.
      var html = renderer.render("*".repeat(30_000) + "a" + "*".repeat(30_000));

      assertThat(count(html, "<strong>")).isEqualTo(EmphasisResolver.MAX_NESTING);
      assertThat(html)
          .contains(
              "<p>" + "*".repeat(29_936) + "<strong>", "</strong>" + "*".repeat(29_936) + "</p>");
    }

    @Test
    void keepsEmphasisUpToTheLimitAsCommonmarkDoes() {
      assertThat(renderer.render("***a***")).isEqualTo("<p><em><strong>a</strong></em></p>\n");
      assertThat(renderer.render("*".repeat(64) + "a" + "*".repeat(64)))
          .isEqualTo("<p>" + "<strong>".repeat(32) + "a" + "</strong>".repeat(32) + "</p>\n");
    }

    @Test
    void showsQuoteMarkersBeyondThirtyTwoLevelsAsText() {
      var html = renderer.render("> ".repeat(30_000) + "deep");

      assertThat(count(html, "<blockquote>")).isEqualTo(ContainerDepthLimit.MAX_NESTING);
      assertThat(html)
          .contains("<p>&gt; &gt; &gt;")
          .endsWith("&gt; deep</p>\n" + "</blockquote>\n".repeat(32));
    }

    @Test
    void capsListsNestedByIndentationToo() {
      var markdown = new StringBuilder();
      for (int depth = 0; depth < 40; depth++) {
        markdown.append("  ".repeat(depth)).append("- item ").append(depth).append('\n');
      }

      var html = renderer.render(markdown.toString());

      assertThat(count(html, "<ul>")).isEqualTo(ContainerDepthLimit.MAX_NESTING);
      assertThat(html).contains("- item 39");
    }

    @Test
    void keepsTheTreeShallowWhateverTheMix() {
      var markdown = ("> - " + "*[![".repeat(40) + "a" + "](u)]*".repeat(40) + "\n").repeat(3);

      assertThat(depth(renderer.parse(markdown))).isLessThanOrEqualTo(TreeDepthLimit.MAX_DEPTH + 1);
    }

    @Test
    void keepsOrdinaryLinksAndImagesNested() {
      assertThat(renderer.render("[![map](https://e.org/m.png)](https://e.org)"))
          .contains("<a href=\"https://e.org\"", "<img src=\"https://e.org/m.png\" alt=\"map\"");
    }

    private static int count(String text, String part) {
      int count = 0;
      for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
        count++;
      }
      return count;
    }
  }

  @Nested
  class Headings {

    @Test
    void skipsHeadingsInFencedCode() {
      assertThat(MarkdownRenderer.firstHeading("```\n# not a title\n```\n## Title"))
          .isEqualTo("Title");
    }

    @Test
    void keepsAHashThatEndsTheText() {
      assertThat(MarkdownRenderer.firstHeading("# C#")).isEqualTo("C#");
      assertThat(MarkdownRenderer.firstHeading("#\n# \n#   #\n## Real ##")).isEqualTo("Real");
    }

    @Test
    @Timeout(
        60) // a hang guard: it takes a millisecond; the old pattern was cubic and would take hours
    void titlesAPageWhoseHeadingHasALongRunOfSpaces() {
      assertThat(MarkdownRenderer.firstHeading("# a" + " ".repeat(60_000) + "x"))
          .isEqualTo("a" + " ".repeat(60_000) + "x");
    }

    @Test
    void readsEachCharacterAFewTimesAtMost() {
      for (var input : Pathological.ALL) {
        var small = new CountingText(input.at(16_000));
        var large = new CountingText(input.at(32_000));
        MarkdownRenderer.firstHeading(small);
        MarkdownRenderer.firstHeading(large);

        assertThat(large.reads()).as(input.name()).isLessThanOrEqualTo(4L * large.length() + 16);
        assertThat((double) large.reads() / Math.max(1, small.reads()))
            .as(input.name())
            .isLessThanOrEqualTo(2.2);
      }
    }
  }

  @Nested
  class Growth {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    /**
     * The one timed check: the work is inside commonmark and the sanitizer, which have no step counter. It compares
     * this thread's CPU time (not wall time, so other processes barely matter) at n and 4n, the best of seven each,
     * after warming up: linear work gives about 4, quadratic 16; the bound, 10, leaves room for a busy machine.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.deliberation.core.markdown.Pathological#inputs")
    void rendersInTimeLinearInTheLength(Pathological.Input input) {
      var small = input.at(Pathological.PAGE / 4);
      var large = input.at(Pathological.PAGE);
      for (int i = 0; i < 2; i++) {
        renderer.render(small);
        renderer.render(large);
      }
      long smallTime = Long.MAX_VALUE;
      long largeTime = Long.MAX_VALUE;
      for (int i = 0; i < 7; i++) {
        smallTime = Math.min(smallTime, cpuTime(() -> renderer.render(small)));
        largeTime = Math.min(largeTime, cpuTime(() -> renderer.render(large)));
      }

      assertThat((double) largeTime / Math.max(smallTime, 200_000))
          .as(input.name())
          .isLessThan(10.0);
    }

    private long cpuTime(Runnable work) {
      long start = threads.getCurrentThreadCpuTime();
      work.run();
      return threads.getCurrentThreadCpuTime() - start;
    }
  }

  static int depth(Node root) {
    int deepest = 0;
    var nodes = new ArrayDeque<Node>();
    var depths = new ArrayDeque<Integer>();
    nodes.push(root);
    depths.push(0);
    while (!nodes.isEmpty()) {
      var node = nodes.pop();
      int depth = depths.pop();
      deepest = Math.max(deepest, depth);
      for (var child = node.getFirstChild(); child != null; child = child.getNext()) {
        nodes.push(child);
        depths.push(depth + 1);
      }
    }
    return deepest;
  }
}
