package org.deliberation.search.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deliberation.core.testing.Property;
import org.junit.jupiter.api.Test;

/** Properties of the search mapping's text helpers, each checked on seeded random Markdown. */
class SearchTextPropertiesTest {

  @Test
  void reducesOrdinaryMarkdownAsThePatternsItReplacesDid() {
    Property.forAllTexts(
        21,
        5_000,
        random -> SearchTextGenerator.markdown(random, 40),
        markdown -> assertThat(MarkdownText.plain(markdown)).isEqualTo(Patterns.plain(markdown)));
  }

  @Test
  void readsEachCharacterABoundedNumberOfTimes() {
    Property.forAllTexts(
        22,
        200,
        random -> SearchTextGenerator.deep(random, 32_000),
        markdown -> {
          var plain = new Reads();
          var sections = new Reads();
          MarkdownText.plain(markdown, plain);
          PageSections.split(markdown, sections);
          assertThat(plain.count()).isLessThanOrEqualTo(40L * markdown.length() + 64);
          assertThat(sections.count()).isLessThanOrEqualTo(60L * markdown.length() + 64);
        });
  }

  @Test
  void givesPlainTextOnOneLine() {
    Property.forAllTexts(
        23,
        2_000,
        random -> SearchTextGenerator.deep(random, 2_000),
        markdown -> {
          var plain = MarkdownText.plain(markdown);
          assertThat(plain).doesNotContain("\n", "\r", "  ").isEqualTo(plain.strip());
        });
  }

  @Test
  void namesEverySectionUniquely() {
    Property.forAllTexts(
        24,
        2_000,
        random -> SearchTextGenerator.markdown(random, 80),
        markdown -> {
          var sections = PageSections.split(markdown);
          var anchors = new HashSet<String>();
          for (int i = 0; i < sections.size(); i++) {
            var section = sections.get(i);
            assertThat(anchors.add(section.anchor())).as(section.anchor()).isTrue();
            assertThat(section.heading() == null).isEqualTo(i == 0 && section.anchor().isEmpty());
            assertThat(section.text()).doesNotContain("\n");
          }
        });
  }

  @Test
  void shortensTitlesToTheirLengthAtMostWithoutSplittingACharacter() {
    Property.forAllTexts(
        25,
        2_000,
        random -> SearchTextGenerator.markdown(random, 60),
        text -> {
          for (int max : new int[] {2, 10, 100}) {
            var title = Titles.shorten(text, max);
            assertThat(title.length())
                .isLessThanOrEqualTo(Math.max(max, text.length() <= max ? text.length() : max));
            assertThat(
                    title.isEmpty() || !Character.isHighSurrogate(title.charAt(title.length() - 1)))
                .isTrue();
            assertThat(text)
                .startsWith(
                    title.endsWith("…") && !text.equals(title)
                        ? title.substring(0, title.length() - 1)
                        : title);
          }
        });
  }

  /** The patterns MarkdownText used before issue 11, as the reference for ordinary text. */
  private static final class Patterns {

    private static final Pattern FENCE = Pattern.compile("(?m)^ {0,3}(?:`{3,}|~{3,}).*$");
    private static final Pattern LINK_DEFINITION =
        Pattern.compile("(?m)^ {0,3}\\[[^\\]\\n]{1,500}\\]:[ \\t]*\\S+.*$");
    private static final Pattern RULE =
        Pattern.compile("(?m)^[ \\t|:-]++$|^ {0,3}(?:[*_][ \\t]*+){3,}+$");
    private static final Pattern BLOCK_MARKERS =
        Pattern.compile(
            "(?m)^(?:[ \\t]*(?:>|#{1,6}(?=[ \\t]|$)|[-+*](?=[ \\t])|\\d{1,9}[.)](?=[ \\t])))+");
    private static final Pattern IMAGE_OR_LINK =
        Pattern.compile(
            "!?\\[([^\\]\\n]{0,500})\\](?:\\([^)\\n]{0,500}\\)|\\[[^\\]\\n]{0,500}\\])");
    private static final Pattern AUTOLINK =
        Pattern.compile("<((?:https?|mailto):[^>\\s]{1,2000})>");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
    private static final Pattern EMPHASIS =
        Pattern.compile("(?<!\\\\)(?:\\*+|~~|`+)|(?<![\\p{L}\\p{N}\\\\])_+|_+(?![\\p{L}\\p{N}])");

    static String plain(String markdown) {
      var text = FENCE.matcher(markdown).replaceAll("");
      text = LINK_DEFINITION.matcher(text).replaceAll("");
      text = RULE.matcher(text).replaceAll("");
      text = BLOCK_MARKERS.matcher(text).replaceAll("");
      text =
          IMAGE_OR_LINK.matcher(text).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
      text = AUTOLINK.matcher(text).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
      text = EMPHASIS.matcher(text).replaceAll("");
      text = ESCAPE.matcher(text).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
      text = text.replace('|', ' ');
      return text.replaceAll("\\s+", " ").strip();
    }
  }
}
