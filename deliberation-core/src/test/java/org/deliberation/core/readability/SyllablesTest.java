package org.deliberation.core.readability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The syllable counters on word lists, each word with its syllables as a dictionary gives them (English: Merriam-Webster's
 * hyphenation; French: as the word is said, mute e silent, as in Le Robert's phonetic transcriptions).
 */
class SyllablesTest {

  private final Syllables english = new EnglishSyllables();
  private final Syllables french = new FrenchSyllables();

  @Test
  void englishWords() {
    var words =
        Map.ofEntries(
            Map.entry("the", 1),
            Map.entry("cat", 1),
            Map.entry("australian", 4),
            Map.entry("platypus", 3),
            Map.entry("seemingly", 3),
            Map.entry("hybrid", 2),
            Map.entry("mammal", 2),
            Map.entry("reptilian", 4),
            Map.entry("creature", 2),
            Map.entry("table", 2),
            Map.entry("tables", 2),
            Map.entry("little", 2),
            Map.entry("make", 1),
            Map.entry("makes", 1),
            Map.entry("boxes", 2),
            Map.entry("places", 2),
            Map.entry("jumped", 1),
            Map.entry("walked", 1),
            Map.entry("wanted", 2),
            Map.entry("needed", 2),
            Map.entry("played", 1),
            Map.entry("free", 1),
            Map.entry("stadium", 3),
            Map.entry("usual", 3),
            Map.entry("quality", 3),
            Map.entry("special", 2),
            Map.entry("government", 3),
            Map.entry("decision", 3),
            Map.entry("public", 2),
            Map.entry("people", 2),
            Map.entry("yes", 1),
            Map.entry("syllable", 3));
    words.forEach((word, expected) -> assertThat(english.count(word)).as(word).isEqualTo(expected));
  }

  @Test
  void frenchWords() {
    var words =
        Map.ofEntries(
            Map.entry("chat", 1),
            Map.entry("le", 1),
            Map.entry("des", 1),
            Map.entry("que", 1),
            Map.entry("qui", 1),
            Map.entry("table", 1),
            Map.entry("tables", 1),
            Map.entry("quatre", 1),
            Map.entry("guerre", 1),
            Map.entry("idée", 2),
            Map.entry("idées", 2),
            Map.entry("année", 2),
            Map.entry("été", 2),
            Map.entry("réalité", 4),
            Map.entry("naïf", 2),
            Map.entry("noël", 2),
            Map.entry("eau", 1),
            Map.entry("oiseau", 2),
            Map.entry("yeux", 1),
            Map.entry("parlent", 1),
            Map.entry("moment", 2),
            Map.entry("décision", 3),
            Map.entry("public", 2),
            Map.entry("participation", 5),
            Map.entry("lisibilité", 5));
    words.forEach((word, expected) -> assertThat(french.count(word)).as(word).isEqualTo(expected));
  }

  @Test
  void aWordWithoutVowelsHasNone() {
    assertThat(english.count("2026")).isZero();
    assertThat(french.count("l")).isZero();
  }

  @Test
  void elisionsAndHyphensAreCountedPartByPart() {
    assertThat(ReadabilityScorer.score("l'eau", Formula.KANDEL_MOLES).syllables()).isEqualTo(1);
    assertThat(ReadabilityScorer.score("aujourd'hui", Formula.KANDEL_MOLES).syllables())
        .isEqualTo(3);
    var wellKnown = ReadabilityScorer.score("well-known", Formula.FLESCH);
    assertThat(wellKnown.words()).isEqualTo(1);
    assertThat(wellKnown.syllables()).isEqualTo(2);
    assertThat(ReadabilityScorer.score("don't", Formula.FLESCH).syllables()).isEqualTo(1);
  }
}
