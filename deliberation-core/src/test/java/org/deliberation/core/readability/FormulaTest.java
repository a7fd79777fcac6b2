package org.deliberation.core.readability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The formulas on stated counts, against published figures. Sources: Wikipedia, "Flesch–Kincaid readability tests"
 * (its worked examples and the grade's lower bound), and the constants of Flesch (1948), Kincaid et al. (1975) and
 * Kandel and Moles (1958) as that page and the French literature (e.g. Kandel &amp; Moles, "Application de l'indice
 * de Flesch à la langue française", Cahiers d'études de radio-télévision 19, 1958) give them.
 */
class FormulaTest {

  @Test
  void theAustralianPlatypusScores24point4() {
    // Wikipedia: "The Australian platypus is seemingly a hybrid of a mammal and reptilian creature"
    // scores 24.4,
    // "as it has 26 syllables and 13 words".
    assertThat(Formula.FLESCH.score(13, 1, 26)).isCloseTo(24.44, within(0.005));
    // Its grade by Kincaid's formula: 0.39·13 + 11.8·2 − 15.59
    assertThat(Formula.FLESCH.grade(13, 1, 26)).isCloseTo(13.08, within(0.005));
  }

  @Test
  void theCatOnTheMatScoresAbove100() {
    // Wikipedia: a score can pass 100; "The cat sat on the mat." (6 words, 6 syllables) scores 116.
    assertThat(Formula.FLESCH.score(6, 1, 6)).isCloseTo(116.145, within(0.0005));
  }

  @Test
  void theHighestScoreIs121point22() {
    // Wikipedia: the highest possible score is 121.22, every sentence a single one-syllable word.
    assertThat(Formula.FLESCH.score(10, 10, 10)).isCloseTo(121.22, within(0.0005));
  }

  @Test
  void theLowestGradeIsMinus3point4() {
    // Wikipedia: "The lowest grade level score in theory is −3.40": one one-syllable word per
    // sentence.
    assertThat(Formula.FLESCH.grade(10, 10, 10)).isCloseTo(-3.40, within(0.0005));
  }

  @Test
  void greenEggsAndHamIsGradeMinus1point3() {
    // Wikipedia: Dr. Seuss's Green Eggs and Ham averages 5.7 words per sentence and 1.02 syllables
    // per word,
    // grade −1.3 (5,700 words, 1,000 sentences and 5,814 syllables give those averages).
    assertThat(Formula.FLESCH.grade(5700, 1000, 5814)).isCloseTo(-1.331, within(0.0005));
  }

  @Test
  void kandelAndMolesOnStatedCounts() {
    // 207 − 1.015·W/S − 73.6·Syl/W: one sentence of 13 words and 26 syllables, and 6 words of one
    // syllable.
    assertThat(Formula.KANDEL_MOLES.score(13, 1, 26)).isCloseTo(46.605, within(0.0005));
    assertThat(Formula.KANDEL_MOLES.score(6, 1, 6)).isCloseTo(127.31, within(0.0005));
    // 100 words in 5 sentences, 150 syllables: 207 − 20.3 − 110.4
    assertThat(Formula.KANDEL_MOLES.score(100, 5, 150)).isCloseTo(76.3, within(0.0005));
    assertThat(Formula.KANDEL_MOLES.grade(100, 5, 150)).isNull();
  }

  @Test
  void eachLanguageHasItsFormula() {
    assertThat(Formula.forLanguage("en")).isEqualTo(Formula.FLESCH);
    assertThat(Formula.forLanguage("fr")).isEqualTo(Formula.KANDEL_MOLES);
  }

  @Test
  void flechsBands() {
    assertThat(ReadingLevel.of(116)).isEqualTo(ReadingLevel.VERY_EASY);
    assertThat(ReadingLevel.of(90)).isEqualTo(ReadingLevel.VERY_EASY);
    assertThat(ReadingLevel.of(89.9)).isEqualTo(ReadingLevel.EASY);
    assertThat(ReadingLevel.of(75)).isEqualTo(ReadingLevel.FAIRLY_EASY);
    assertThat(ReadingLevel.of(60)).isEqualTo(ReadingLevel.STANDARD);
    assertThat(ReadingLevel.of(55)).isEqualTo(ReadingLevel.FAIRLY_DIFFICULT);
    assertThat(ReadingLevel.of(30)).isEqualTo(ReadingLevel.DIFFICULT);
    assertThat(ReadingLevel.of(24.4)).isEqualTo(ReadingLevel.VERY_DIFFICULT);
    assertThat(ReadingLevel.of(-146.77)).isEqualTo(ReadingLevel.VERY_DIFFICULT);
    assertThat(ReadingLevel.DIFFICULT.harderThan(ReadingLevel.STANDARD)).isTrue();
    assertThat(ReadingLevel.EASY.harderThan(ReadingLevel.STANDARD)).isFalse();
  }

  @Test
  void shorterWordsFromTheSyllablesAtWhichFifteenWordsLeaveStandard() {
    assertThat(Formula.FLESCH.longWords()).isCloseTo(1.5557, within(0.0001));
    assertThat(Formula.KANDEL_MOLES.longWords()).isCloseTo(1.7904, within(0.0001));
  }
}
