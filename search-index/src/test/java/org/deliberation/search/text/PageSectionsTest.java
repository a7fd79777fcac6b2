package org.deliberation.search.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class PageSectionsTest {

  @Test
  void splitsAtEveryHeadingLevel() {
    var sections = PageSections.split("# Title\nintro\n## Costs ##\nmoney\n###### Deep\ndeep text");

    assertThat(sections)
        .containsExactly(
            new PageSection("Title", "title", "intro"),
            new PageSection("Costs", "costs", "money"),
            new PageSection("Deep", "deep", "deep text"));
  }

  @Test
  void keepsTheTextBeforeTheFirstHeadingWhenThereIsSome() {
    assertThat(PageSections.split("lead\n## A\na"))
        .containsExactly(new PageSection(null, "", "lead"), new PageSection("A", "a", "a"));
    assertThat(PageSections.split("\n\n## A\na")).containsExactly(new PageSection("A", "a", "a"));
  }

  @Test
  void ignoresHashesThatAreNotHeadings() {
    var sections =
        PageSections.split(
            """
        #hashtag is text
        ####### seven is text
            # indented is code
        ```
        # a comment in code
        ```
        after""");

    assertThat(sections)
        .singleElement()
        .satisfies(
            section -> {
              assertThat(section.heading()).isNull();
              assertThat(section.text())
                  .contains("#hashtag", "seven", "a comment in code", "after");
            });
  }

  @Test
  void numbersHeadingsThatReadTheSame() {
    assertThat(PageSections.split("## Costs\n## Costs\n## Costs-1\n## !!!"))
        .extracting(PageSection::anchor)
        .containsExactly("costs", "costs-1", "costs-1-1", "section");
  }

  @Test
  void readsHeadingsByHand() {
    assertThat(PageSections.headingText("## Costs")).isEqualTo("Costs");
    assertThat(PageSections.headingText("   # Costs #  ")).isEqualTo("Costs");
    assertThat(PageSections.headingText("# C#")).isEqualTo("C#");
    assertThat(PageSections.headingText("#")).isEmpty();
    assertThat(PageSections.headingText("# ##")).isEmpty();
    assertThat(PageSections.headingText("    # code")).isNull();
    assertThat(PageSections.headingText("#tag")).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @FieldSource("org.deliberation.search.text.SearchTextGenerator#PATHOLOGICAL")
  @Timeout(60) // a hang guard: each takes milliseconds
  void splitsPathologicalPagesReadingEachCharacterABoundedNumberOfTimes(
      SearchTextGenerator.Named input) {
    var small = new Reads();
    var large = new Reads();
    var smallPage = input.ofLength().apply(32_000);
    var largePage = input.ofLength().apply(64_000);

    PageSections.split(smallPage, small);
    PageSections.split(largePage, large);

    assertThat(large.count()).isLessThanOrEqualTo(60L * largePage.length() + 64);
    assertThat((double) large.count() / Math.max(1, small.count())).isLessThanOrEqualTo(2.2);
  }
}
