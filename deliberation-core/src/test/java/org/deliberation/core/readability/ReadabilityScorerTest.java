package org.deliberation.core.readability;

import static org.assertj.core.api.Assertions.assertThat;

import org.deliberation.core.markdown.MarkdownRenderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReadabilityScorerTest {

  private final ReadabilityScorer scorer = new ReadabilityScorer(new MarkdownRenderer());

  @Test
  void thePlatypusSentenceFromItsText() {
    var result =
        ReadabilityScorer.score(
            "The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.",
            Formula.FLESCH);

    assertThat(result.words()).isEqualTo(13);
    assertThat(result.syllables()).isEqualTo(26);
    assertThat(result.sentences()).isEqualTo(1);
    assertThat(result.score()).isEqualTo(24.4);
    assertThat(result.grade()).isEqualTo(13.1);
    assertThat(result.level()).isEqualTo(ReadingLevel.VERY_DIFFICULT);
  }

  @Test
  void theCatOnTheMatFromItsText() {
    var result = ReadabilityScorer.score("The cat sat on the mat.", Formula.FLESCH);

    assertThat(result.score()).isEqualTo(116.1);
    assertThat(result.grade()).isEqualTo(-1.4);
    assertThat(result.level()).isEqualTo(ReadingLevel.VERY_EASY);
    assertThat(result.hardSentences()).isEmpty();
  }

  @Test
  void frenchIsScoredByKandelAndMolesWithoutAGrade() {
    // 6 words, 2 sentences; syllables: le(1) chat(1) dort(1) / il(1) fait(1) beau(1)
    var result = ReadabilityScorer.score("Le chat dort. Il fait beau.", Formula.KANDEL_MOLES);

    assertThat(result.words()).isEqualTo(6);
    assertThat(result.sentences()).isEqualTo(2);
    assertThat(result.syllables()).isEqualTo(6);
    // 207 − 1.015·3 − 73.6·1
    assertThat(result.score()).isEqualTo(130.4);
    assertThat(result.grade()).isNull();
    assertThat(result.formula()).isEqualTo(Formula.KANDEL_MOLES);
  }

  @Test
  void noWordsNoScore() {
    var result = scorer.ofMarkdown("```\ncode only\n```\n", Formula.FLESCH);

    assertThat(result.score()).isNull();
    assertThat(result.level()).isNull();
    assertThat(result.harderThan(ReadingLevel.VERY_EASY)).isFalse();
  }

  @Nested
  class Sentences {

    @Test
    void endAtStopsLinesAndMarks() {
      assertThat(
              ReadabilityScorer.score("One two. Three four! Five? Six… Seven", Formula.FLESCH)
                  .sentences())
          .isEqualTo(5);
      assertThat(ReadabilityScorer.score("A heading\nA line", Formula.FLESCH).sentences())
          .isEqualTo(2);
    }

    @Test
    void notAtAbbreviationsOrDecimals() {
      var result =
          ReadabilityScorer.score("It costs 3.5 million, e.g. the bridge.", Formula.FLESCH);
      assertThat(result.sentences()).isEqualTo(1);
      // It, costs, 3.5, million, e, g, the, bridge
      assertThat(result.words()).isEqualTo(8);
    }
  }

  @Nested
  class RenderedText {

    @Test
    void linksCountByTheirTextAndCodeBlocksAreLeftOut() {
      var markdown =
          "# Costs\n\nRead [the plan](https://example.org/a-very-long-address-with-many-words).\n\n"
              + "```\nthis code is not prose at all\n```\n\n    indented code too\n\n"
              + "![a long description of an image](https://example.org/i.png)";

      var result = scorer.ofMarkdown(markdown, Formula.FLESCH);

      // "Costs" and "Read the plan": the heading is a sentence of its own
      assertThat(result.words()).isEqualTo(4);
      assertThat(result.sentences()).isEqualTo(2);
    }

    @Test
    void markupIsNotCounted() {
      var plain = scorer.ofMarkdown("The cat sat on the mat.", Formula.FLESCH);
      var marked = scorer.ofMarkdown("The *cat* sat **on** the `mat`.", Formula.FLESCH);

      assertThat(marked).isEqualTo(plain);
    }

    @Test
    void listItemsAndCellsAreSentences() {
      var result =
          scorer.ofMarkdown("- one\n- two\n\n| a | b |\n|---|---|\n| c | d |\n", Formula.FLESCH);
      assertThat(result.sentences()).isEqualTo(6);
    }
  }

  @Nested
  class HardSentences {

    private static final String LONG =
        "The committee, having considered the many representations received during the consultation period"
            + " from residents, businesses and associations, recommends that the council should proceed with"
            + " the proposed redevelopment subject to conditions.";

    @Test
    void theHardestAreNamedWithWhatWouldHelp() {
      var result = ReadabilityScorer.score("We met. " + LONG + " It was good.", Formula.FLESCH);

      assertThat(result.hardSentences()).hasSize(1);
      var hard = result.hardSentences().getFirst();
      assertThat(hard.text()).isEqualTo(LONG);
      assertThat(hard.words()).isEqualTo(30);
      assertThat(hard.hints()).containsExactly(Hint.SPLIT_SENTENCE, Hint.SHORTER_WORDS);
      assertThat(hard.advice().getFirst()).startsWith("This sentence has 30 words: split it");
      assertThat(hard.score()).isLessThan(ReadingLevel.STANDARD.from());
    }

    @Test
    void atMostThreeHardestFirstCutToLength() {
      var text = new StringBuilder();
      for (int i = 1; i <= 10; i++) {
        text.append("Considerations ".repeat(i * 3)).append("end.\n");
      }

      var result = ReadabilityScorer.score(text, Formula.FLESCH);

      assertThat(result.hardSentences()).hasSize(3);
      assertThat(result.hardSentences().stream().map(HardSentence::words))
          .containsExactly(31, 28, 25);
      assertThat(result.hardSentences().getFirst().text())
          .hasSize(Readability.MAX_SENTENCE_CHARS + 1)
          .endsWith("…");
    }

    @Test
    void frenchAdviceIsInFrench() {
      var result =
          ReadabilityScorer.score(
              "La municipalité envisage une réorganisation administrative considérable.",
              Formula.KANDEL_MOLES);

      var hard = result.hardSentences().getFirst();
      assertThat(hard.hints()).containsExactly(Hint.SHORTER_WORDS);
      assertThat(hard.advice().getFirst()).startsWith("Ses mots comptent").contains(",");
    }
  }
}
