package org.deliberation.search.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

  @Test
  void keepsTheWordsAReaderSees() {
    var markdown = """
        > A **bold** and _quiet_ ~~old~~ `code` claim
        - see [the report](https://example.org/r "title") and ![a map](map.png)
        1. <https://example.org>
        | a | b |
        |---|:-:|
        ***
        [ref]: https://example.org/hidden
        snake_case and 2\\*3""";

    assertThat(MarkdownText.plain(markdown)).isEqualTo(
        "A bold and quiet old code claim see the report and a map https://example.org a b snake_case and 2*3");
  }

  @Test
  void leavesRawHtmlAsText() {
    assertThat(MarkdownText.plain("<script>alert(1)</script>")).isEqualTo("<script>alert(1)</script>");
  }

  @Test
  void shortensTitlesAtAWord() {
    assertThat(Titles.shorten("short", 10)).isEqualTo("short");
    assertThat(Titles.shorten("one two three four", 10)).isEqualTo("one two…");
    assertThat(Titles.shorten("abcdefghijklmnop", 10)).isEqualTo("abcdefghi…");
  }
}
