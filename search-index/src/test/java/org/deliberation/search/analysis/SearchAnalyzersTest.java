package org.deliberation.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class SearchAnalyzersTest {

  @Test
  void englishRemovesPossessivesAndStopWordsAndStems() throws IOException {
    assertThat(tokens(SearchAnalyzers.english(), "The council's schools"))
        .containsExactly("council", "school");
  }

  @Test
  void frenchRemovesElisionsAndAccentsAndStemsLightly() throws IOException {
    var french = SearchAnalyzers.french();

    assertThat(tokens(french, "l'école"))
        .isEqualTo(tokens(french, "ecole"))
        .isEqualTo(tokens(french, "écoles"));
    assertThat(tokens(french, "la salle de sport")).hasSize(2);
  }

  @Test
  void bothLanguagesDropTheStopWordsOfBoth() throws IOException {
    assertThat(tokens(SearchAnalyzers.english(), "la salle de sport"))
        .containsExactly("sall", "sport");
    assertThat(tokens(SearchAnalyzers.french(), "the hall")).containsExactly("hall");
  }

  @Test
  void foldedKeepsWholeWordsWithoutAccents() throws IOException {
    assertThat(tokens(SearchAnalyzers.folded(), "L'École des Sports"))
        .containsExactly("ecole", "des", "sports");
  }

  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    var tokens = new ArrayList<String>();
    try (var stream = analyzer.tokenStream("field", text)) {
      var term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    }
    return tokens;
  }
}
