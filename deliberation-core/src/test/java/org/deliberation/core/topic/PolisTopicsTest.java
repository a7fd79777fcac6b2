package org.deliberation.core.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.deliberation.core.project.Language;
import org.deliberation.core.synthesis.PolisData;
import org.junit.jupiter.api.Test;

/** The topics of a real conversation (Pol.is open data, skipped when absent). */
class PolisTopicsTest {

  static List<TopicInput> statements(String conversation) {
    return PolisData.comments(conversation).stream()
        .map(row -> new TopicInput(row.statement(), row.text()))
        .toList();
  }

  @Test
  void theBiodiversityTopicsAreDeterministicAndCoverEveryStatement() {
    var statements = statements("scoop-hivemind.biodiversity");
    assertThat(statements).hasSize(316);
    var first = Topics.next(TopicGeneration.NONE, statements, Language.en);
    TopicsTest.assertCovered(first, statements);
    assertThat(first.topics()).hasSizeBetween(8, 30);
    assertThat(Topics.next(TopicGeneration.NONE, statements, Language.en)).isEqualTo(first);
    // Recomputed on the same statements, every topic keeps its id.
    var again = Topics.next(first, statements, Language.en);
    assertThat(again.topics()).isEqualTo(first.topics());
  }
}
