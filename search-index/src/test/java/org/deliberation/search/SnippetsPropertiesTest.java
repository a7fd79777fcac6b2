package org.deliberation.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.deliberation.core.testing.Property;
import org.deliberation.search.text.MarkdownText;
import org.deliberation.search.text.SearchTextGenerator;
import org.junit.jupiter.api.Test;

/** Properties of snippets, on seeded random texts searched for some of their own words. */
class SnippetsPropertiesTest {

  private static final Analyzer ANALYZER = Fields.analyzer();

  private static final Pattern TAG = Pattern.compile("<[^>]*>");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{2,}");

  @Test
  void showsAnEscapedWindowOfTheTextWithBalancedMarks() {
    Property.forAllTexts(
        31,
        500,
        random -> text(random),
        text -> {
          var words = WORD.matcher(text).results().map(match -> match.group()).limit(5).toList();
          if (words.isEmpty()) {
            return;
          }
          try {
            var terms =
                QueryTerms.of(new UserQueryParser(ANALYZER).parse(String.join(" | ", words)));
            assertWellFormed(Snippets.of(text, terms, ANALYZER), text);
          } catch (BadQueryException refused) {
            // Only stop words: nothing to mark.
          }
        });
  }

  private static String text(SplittableRandom random) {
    var markdown =
        random.nextInt(4) == 0
            ? SearchTextGenerator.deep(random, 30_000)
            : SearchTextGenerator.markdown(random, 200);
    return MarkdownText.plain(markdown);
  }

  /** Only {@code <mark>} tags, balanced and not nested, around at most LENGTH characters of the text, escaped. */
  static void assertWellFormed(String snippet, String text) {
    var tags = TAG.matcher(snippet).results().map(match -> match.group()).toList();
    for (int i = 0; i < tags.size(); i++) {
      assertThat(tags.get(i)).isEqualTo(i % 2 == 0 ? "<mark>" : "</mark>");
    }
    assertThat(tags.size() % 2).isZero();
    var visible =
        TAG.matcher(snippet)
            .replaceAll("")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&");
    var window = visible.replaceFirst("^… ", "").replaceFirst(" …$", "");
    assertThat(window.length()).isLessThanOrEqualTo(Snippets.LENGTH);
    assertThat(text).contains(window);
  }
}
