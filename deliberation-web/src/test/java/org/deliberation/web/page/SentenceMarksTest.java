package org.deliberation.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.deliberation.core.markdown.MarkdownRenderer;
import org.deliberation.core.readability.Formula;
import org.deliberation.core.readability.ReadabilityScorer;
import org.junit.jupiter.api.Test;

class SentenceMarksTest {

  private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
  private static final ReadabilityScorer SCORER = new ReadabilityScorer(RENDERER);

  private static String marked(String markdown) {
    return SentenceMarks.mark(
        RENDERER.render(markdown), SCORER.ofMarkdown(markdown, Formula.FLESCH).hardSentences());
  }

  @Test
  void marksAHardSentenceInItsParagraph() {
    assertThat(
            marked(
                "The cat sat.\n\nThe Australian platypus is seemingly a hybrid of a mammal and"
                    + " reptilian creature. It is.\n"))
        .isEqualTo(
            "<p>The cat sat.</p>\n<p><mark>The Australian platypus is seemingly a hybrid of a mammal"
                + " and reptilian creature.</mark> It is.</p>\n");
  }

  @Test
  void aSentenceAcrossTagsIsMarkedPieceByPieceAndReferencesStayWhole() {
    // the sanitizer writes the rel words in no fixed order: left out of the comparison
    assertThat(
            marked(
                    "The *Australian* platypus isn't seemingly a hybrid of a [mammal](https://example.org)"
                        + " & reptilian creature.\n")
                .replaceFirst(" rel=\"[a-z ]*\"", ""))
        .isEqualTo(
            "<p><mark>The </mark><em><mark>Australian</mark></em><mark> platypus isn&#39;t seemingly a"
                + " hybrid of a </mark><a href=\"https://example.org\"><mark>mammal</mark></a><mark> &amp; reptilian creature.</mark></p>\n");
  }

  @Test
  void nothingToMarkLeavesTheHtmlAsItWas() {
    var html = RENDERER.render("The cat sat on the mat. &&&& <<<<");
    assertThat(marked("The cat sat on the mat. &&&& <<<<")).isEqualTo(html);
  }
}
