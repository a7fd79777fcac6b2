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
    // Recomputed on the same statements, the topics stay; with one more, every id stays.
    assertThat(Topics.next(first, statements, Language.en).topics()).isEqualTo(first.topics());
    var more = new java.util.ArrayList<>(statements);
    more.add(new TopicInput("new", "Farming practices must protect our native species"));
    var next = Topics.next(first, more, Language.en);
    TopicsTest.assertCovered(next, more);
    // All but the residual topic (listed last: "mow", larger than the one before it), which has no
    // subject to revive: its statements are gathered afresh.
    var residual = first.topics().get(first.topics().size() - 1);
    assertThat(residual.statements().size())
        .isGreaterThan(first.topics().get(first.topics().size() - 2).statements().size());
    var kept = new java.util.HashSet<>(TopicsTest.ids(first));
    kept.remove(residual.id());
    assertThat(TopicsTest.ids(next)).containsAll(kept);
  }
}
