package org.deliberation.search.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class MarkdownTextTest {

  @Test
  void keepsTheWordsAReaderSees() {
    var markdown =
        """
        > A **bold** and _quiet_ ~~old~~ `code` claim
        - see [the report](https://example.org/r "title") and ![a map](map.png)
        1. <https://example.org>
        | a | b |
        |---|:-:|
        ***
        [ref]: https://example.org/hidden
        snake_case and 2\\*3""";

    assertThat(MarkdownText.plain(markdown))
        .isEqualTo(
            "A bold and quiet old code claim see the report and a map https://example.org a b snake_case and 2*3");
  }

  @Test
  void leavesRawHtmlAsText() {
    assertThat(MarkdownText.plain("<script>alert(1)</script>"))
        .isEqualTo("<script>alert(1)</script>");
  }

  @Test
  @Timeout(60) // a hang guard: it takes milliseconds
  void removesThirtyThousandQuoteMarkersOnASmallStack() throws InterruptedException {
    // Issue 11: the block-marker pattern recursed once per marker and overflowed the search
    // projection's stack.
    var plain = new AtomicReference<String>();
    var failure = new AtomicReference<Throwable>();
    var thread =
        new Thread(
            null,
            () -> {
              try {
                plain.set(MarkdownText.plain("> ".repeat(30_000) + "quoted"));
              } catch (Throwable e) {
                failure.set(e);
              }
            },
            "small-stack",
            256 * 1024);
    thread.start();
    thread.join();

    assertThat(failure.get()).isNull();
    assertThat(plain.get()).isEqualTo("quoted");
  }

  @Test
  void removesOnlyMarkersThatStartALine() {
    assertThat(
            MarkdownText.plain("> > - 1. quoted\nnot > a marker\n####### seven\n1234567890. ten"))
        .isEqualTo("quoted not > a marker ####### seven 1234567890. ten");
  }

  @Test
  void keepsTheTextOfLinksUpToTheirLengthLimit() {
    var longText = "a".repeat(MarkdownText.LONGEST_LINK_PART + 1);
    assertThat(MarkdownText.inline("[see](u) ![map](m.png) [ref][r] [" + longText + "](u)"))
        .isEqualTo("see map ref [" + longText + "](u)");
    assertThat(MarkdownText.inline("<https://e.org/a> <mailto:a@b.c> <ftp://x> <http:a b>"))
        .isEqualTo("https://e.org/a mailto:a@b.c <ftp://x> <http:a b>");
  }

  @ParameterizedTest(name = "{0}")
  @FieldSource("org.deliberation.search.text.SearchTextGenerator#PATHOLOGICAL")
  void readsEachCharacterABoundedNumberOfTimes(SearchTextGenerator.Named input) {
    var small = new Reads();
    var large = new Reads();
    var smallText = input.ofLength().apply(16_000);
    var largeText = input.ofLength().apply(32_000);

    MarkdownText.plain(smallText, small);
    MarkdownText.plain(largeText, large);

    // Eleven passes, each reading a character a few times; the old link pattern read up to 500 per
    // bracket.
    assertThat(large.count()).isLessThanOrEqualTo(40L * largeText.length() + 64);
    assertThat((double) large.count() / Math.max(1, small.count())).isLessThanOrEqualTo(2.2);
  }

  @Test
  void shortensTitlesAtAWord() {
    assertThat(Titles.shorten("short", 10)).isEqualTo("short");
    assertThat(Titles.shorten("one two three four", 10)).isEqualTo("one two…");
    assertThat(Titles.shorten("abcdefghijklmnop", 10)).isEqualTo("abcdefghi…");
  }
}
