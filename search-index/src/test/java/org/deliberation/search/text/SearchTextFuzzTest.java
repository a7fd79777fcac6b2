package org.deliberation.search.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzz tests of the search mapping's text helpers, with Jazzer; in the default build they replay the
 * inputs under {@code src/test/resources/org/deliberation/search/text/SearchTextFuzzTestInputs/<method>/}, with
 * {@code -Pfuzz} one of them fuzzes (docs/fuzzing.md). Work is bounded in characters read, not in time; the timeout
 * is a hang guard.
 */
@Timeout(30)
class SearchTextFuzzTest {

  @FuzzTest(maxDuration = "3m")
  void plain(byte[] input) {
    var markdown = new String(input, StandardCharsets.UTF_8);
    var reads = new Reads();

    var plain = MarkdownText.plain(markdown, reads);

    assertThat(reads.count()).isLessThanOrEqualTo(40L * markdown.length() + 64);
    assertThat(plain)
        .isEqualTo(MarkdownText.plain(markdown))
        .doesNotContain("\n", "  ")
        .isEqualTo(plain.strip());
  }

  @FuzzTest(maxDuration = "3m")
  void sections(byte[] input) {
    var markdown = new String(input, StandardCharsets.UTF_8);
    var reads = new Reads();

    var sections = PageSections.split(markdown, reads);

    assertThat(reads.count()).isLessThanOrEqualTo(60L * markdown.length() + 64);
    var anchors = new HashSet<String>();
    for (var section : sections) {
      assertThat(anchors.add(section.anchor())).isTrue();
      assertThat(section.text()).doesNotContain("\n");
    }
  }

  @FuzzTest(maxDuration = "1m")
  void title(byte[] input) {
    int max = input.length == 0 ? 1 : 1 + (input[0] & 0xff);
    var text = new String(input, StandardCharsets.UTF_8);

    var title = Titles.shorten(text, max);

    assertThat(title.length()).isLessThanOrEqualTo(Math.max(max, 1));
    assertThat(title.isEmpty() || !Character.isHighSurrogate(title.charAt(title.length() - 1)))
        .isTrue();
  }
}
