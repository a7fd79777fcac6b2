package org.deliberation.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.deliberation.core.markdown.MarkdownRenderer;
import org.deliberation.core.readability.Formula;
import org.deliberation.core.readability.HardSentence;
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
  void aSentenceFoundInsideAnotherOneAlreadyMarkedIsNotMarkedAgain() {
    // Two sentences, each found once: both marked.
    var html =
        SentenceMarks.mark(
            "<p>Yet unquestionably institutional recommendations remain inconsiderately"
                + " unimplemented.</p>\n<p>Unquestionably institutional recommendations.</p>\n",
            List.of(
                hard("Unquestionably institutional recommendations."),
                hard(
                    "Yet unquestionably institutional recommendations remain inconsiderately"
                        + " unimplemented.")));
    assertThat(html)
        .isEqualTo(
            "<p><mark>Yet unquestionably institutional recommendations remain inconsiderately"
                + " unimplemented.</mark></p>\n"
                + "<p><mark>Unquestionably institutional recommendations.</mark></p>\n");
    // The shorter sentence's first occurrence is inside the longer one, which is then left unmarked
    // (it was a 500 when the marks overlapped).
    var inside =
        SentenceMarks.mark(
            "<p>Yet Unquestionably institutional recommendations. remain here.</p>\n"
                + "<p>Unquestionably institutional recommendations.</p>\n",
            List.of(
                hard("Unquestionably institutional recommendations."),
                hard("Yet Unquestionably institutional recommendations. remain here.")));
    assertThat(inside)
        .isEqualTo(
            "<p>Yet <mark>Unquestionably institutional recommendations.</mark> remain here.</p>\n"
                + "<p>Unquestionably institutional recommendations.</p>\n");
  }

  private static HardSentence hard(String text) {
    return new HardSentence(text, 5, 3.0, 0.0, List.of(), List.of());
  }

  @Test
  void nothingToMarkLeavesTheHtmlAsItWas() {
    var html = RENDERER.render("The cat sat on the mat. &&&& <<<<");
    assertThat(marked("The cat sat on the mat. &&&& <<<<")).isEqualTo(html);
  }
}
