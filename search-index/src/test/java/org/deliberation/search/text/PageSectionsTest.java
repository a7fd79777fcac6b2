package org.deliberation.search.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class PageSectionsTest {

  @Test
  void splitsAtEveryHeadingLevel() {
    var sections = PageSections.split("# Title\nintro\n## Costs ##\nmoney\n###### Deep\ndeep text");

    assertThat(sections).containsExactly(
        new PageSection("Title", "title", "intro"),
        new PageSection("Costs", "costs", "money"),
        new PageSection("Deep", "deep", "deep text"));
  }

  @Test
  void keepsTheTextBeforeTheFirstHeadingWhenThereIsSome() {
    assertThat(PageSections.split("lead\n## A\na")).containsExactly(
        new PageSection(null, "", "lead"),
        new PageSection("A", "a", "a"));
    assertThat(PageSections.split("\n\n## A\na")).containsExactly(new PageSection("A", "a", "a"));
  }

  @Test
  void ignoresHashesThatAreNotHeadings() {
    var sections = PageSections.split("""
        #hashtag is text
        ####### seven is text
            # indented is code
        ```
        # a comment in code
        ```
        after""");

    assertThat(sections).singleElement().satisfies(section -> {
      assertThat(section.heading()).isNull();
      assertThat(section.text()).contains("#hashtag", "seven", "a comment in code", "after");
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

  @Test
  @Timeout(5)
  void splitsPathologicalPagesInLinearTime() {
    var spaces = "# " + " ".repeat(65_000) + "x";
    var brackets = "[".repeat(65_000);
    var dashes = "-".repeat(65_000) + "x";

    for (var page : new String[] {spaces, brackets, dashes, "#\n".repeat(30_000)}) {
      var started = System.nanoTime();
      PageSections.split(page);
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }
  }
}
