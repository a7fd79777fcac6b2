package org.deliberation.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.deliberation.core.testing.CountingText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzz tests of the text paths of deliberation-core, with Jazzer. In the default build they run in
 * regression mode on the inputs committed under {@code src/test/resources/org/deliberation/core/markdown/
 * MarkdownFuzzTestInputs/<method>/}: the reproducers and what earlier fuzzing found. With {@code -Pfuzz}
 * one of them fuzzes (see docs/fuzzing.md). An input is UTF-8; for two or three texts, they are separated by NUL
 * bytes. Each checks an invariant and a bound on its work counted in steps, not time; the timeout is a hang guard
 * (libFuzzer's per-input timeout when fuzzing).
 */
@Timeout(30)
class MarkdownFuzzTest {

  private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

  private static final Pattern TAG = Pattern.compile("<[^>]*>");

  // The sanitizer writes an empty comment between '{' and a tag, so that no {{ template }} can form
  // across them;
  // Jazzer's first finding was this comment, which the tag check did not expect.
  private static final String EMPTY_COMMENT = "<!-- -->";

  private static final Pattern URL = Pattern.compile(" (?:href|src)=\"([^\"]*)\"");

  @FuzzTest(maxDuration = "3m")
  void render(byte[] input) {
    var markdown = text(input);

    var html = RENDERER.render(markdown);

    var lower = html.toLowerCase(Locale.ROOT);
    assertThat(lower).doesNotContain("<script", "<iframe", "<div", "<style");
    assertThat(TAG.matcher(lower).results().map(MatchResult::group).toList())
        .allSatisfy(
            tag ->
                assertThat(tag)
                    .matches(
                        "</?(p|a|img|em|strong|del|code|pre|ul|ol|li|h[1-6]|blockquote|br|hr|table|thead|tbody|tr|th|td)"
                            + "( [^>]*)?>|"
                            + EMPTY_COMMENT)
                    .satisfies(MarkdownFuzzTest::hasOnlyAllowedAttributes));
    assertThat(URL.matcher(lower).results().map(url -> url.group(1)).toList())
        .allSatisfy(url -> assertThat(url).matches("(https?:|mailto:|[^:]*$|[^:]*[/?#]).*"));
    assertThat(MarkdownRendererTest.depth(RENDERER.parse(markdown)))
        .isLessThanOrEqualTo(TreeDepthLimit.MAX_DEPTH + 1);
    // Output linear in the input: an autolink is the largest expansion, about fourteen times.
    assertThat((long) html.length()).isLessThanOrEqualTo(64L * markdown.length() + 1024);
  }

  @FuzzTest(maxDuration = "3m")
  void firstHeading(byte[] input) {
    var markdown = text(input);
    var counted = new CountingText(markdown);

    var title = MarkdownRenderer.firstHeading(counted);

    assertThat(counted.reads()).isLessThanOrEqualTo(4L * markdown.length() + 16);
    assertThat(markdown).contains(title);
    assertThat(title).isEqualTo(MarkdownRenderer.firstHeading(markdown));
  }

  @FuzzTest(maxDuration = "3m")
  void diff(byte[] input) {
    var texts = texts(input, 2);
    var from = texts[0];
    var to = texts[1];

    var hunks = TextDiff.hunks(from, to);

    assertThat(TextDiffPropertiesTest.apply(TextDiffPropertiesTest.lines(from), hunks))
        .isEqualTo(TextDiffPropertiesTest.lines(to));
    var a = TextDiff.raw(from);
    var b = TextDiff.raw(to);
    var steps =
        new BoundedMyers(BoundedMyers.STEP_BUDGET).search(RawTextComparator.DEFAULT, a, b).steps();
    assertThat(steps)
        .isLessThanOrEqualTo(BoundedMyers.STEP_BUDGET + 4L * (a.size() + b.size()) + 16);
  }

  @FuzzTest(maxDuration = "3m")
  void merge(byte[] input) {
    var texts = texts(input, 3);
    var base = texts[0];
    var current = texts[1];
    var yours = texts[2];

    assertThat(ThreeWayMerge.merge(base, current, current))
        .isEqualTo(new MergeOutcome.Merged(current));
    assertThat(ThreeWayMerge.merge(base, base, yours)).isEqualTo(new MergeOutcome.Merged(yours));
    assertThat(ThreeWayMerge.merge(base, current, base))
        .isEqualTo(new MergeOutcome.Merged(current));
    if (ThreeWayMerge.merge(base, current, yours) instanceof MergeOutcome.Conflicted conflicted) {
      assertThat(conflicted.conflicts())
          .allSatisfy(
              hunk -> {
                assertThat(TextDiffPropertiesTest.lines(current)).containsAll(hunk.current());
                assertThat(TextDiffPropertiesTest.lines(yours)).containsAll(hunk.yours());
                assertThat(TextDiffPropertiesTest.lines(base)).containsAll(hunk.base());
              });
    }
  }

  private static final Pattern ATTRIBUTE = Pattern.compile(" ([^ =]+)=\"");

  /** The sanitizer's allowlist: no event handler, no style, whatever the text inside the values. */
  static void hasOnlyAllowedAttributes(String tag) {
    assertThat(ATTRIBUTE.matcher(tag).results().map(attribute -> attribute.group(1)).toList())
        .allSatisfy(
            name ->
                assertThat(name)
                    .isIn("href", "src", "alt", "title", "rel", "start", "align", "class"));
  }

  // UTF-8 never decodes to an unpaired surrogate, which a page, stored as UTF-8, cannot hold
  // either.
  private static String text(byte[] input) {
    return new String(input, StandardCharsets.UTF_8);
  }

  /** {@code count} texts separated by NUL bytes; missing ones are empty, and the last takes any further NUL. */
  private static String[] texts(byte[] input, int count) {
    var texts = new String[count];
    Arrays.fill(texts, "");
    int start = 0;
    for (int i = 0; i < count; i++) {
      int end = start;
      while (end < input.length && (input[end] != 0 || i == count - 1)) {
        end++;
      }
      texts[i] = new String(input, start, Math.max(0, end - start), StandardCharsets.UTF_8);
      start = Math.min(input.length, end + 1);
    }
    return texts;
  }
}
