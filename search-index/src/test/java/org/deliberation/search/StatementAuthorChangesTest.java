package org.deliberation.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.StatementId;
import org.deliberation.core.statement.event.StatementEdited;
import org.deliberation.core.statement.event.StatementWithdrawn;
import org.deliberation.core.topic.Topic;
import org.deliberation.core.topic.event.TopicsRecorded;
import org.junit.jupiter.api.Test;

/** What an author's edit or withdrawal of their statement changes in search. */
class StatementAuthorChangesTest extends IndexTest {

  private static StatementEdited edited(String id, String text) {
    return new StatementEdited(
        new StatementId(id), new ProjectId("p1"), text, Events.ALICE, Events.NOW);
  }

  @Test
  void anEditedStatementIsFoundByItsNewTextNotItsOldOneAndKeepsItsTopicsAndFlags()
      throws IOException {
    given(
        Events.statement("p1", "s1", "More trees along the river"),
        Events.statement("p1", "s2", "Fewer cars downtown"),
        new TopicsRecorded(
            new ProjectId("p1"),
            1,
            Events.NOW,
            "h",
            2,
            List.of(new Topic("t1", "green", List.of("s1")))),
        edited("s1", "More benches along the canal"));

    assertThat(ids("trees")).isEmpty();
    assertThat(ids("benches")).containsExactly("s1");
    assertThat(index.search(SearchQuery.of("benches")).items().getFirst().title())
        .isEqualTo("More benches along the canal");
    assertThat(
            ids(
                new SearchQuery("canal", java.util.Set.of("p1"), java.util.Set.of(), null, 10, null)
                    .withTopic("t1")))
        .containsExactly("s1");

    given(Events.hidden("p1", "s2"), edited("s2", "Fewer lorries downtown"));
    assertThat(ids("lorries")).isEmpty();
  }

  @Test
  void aWithdrawnStatementIsFoundNoMoreAndAnEditOfAnUnknownOneChangesNothing() throws IOException {
    given(
        Events.statement("p1", "s1", "More trees along the river"),
        new StatementWithdrawn(
            new StatementId("s1"), new ProjectId("p1"), Events.ALICE, Events.NOW),
        edited("s9", "Trees everywhere"));

    assertThat(ids("trees")).isEmpty();
    assertThat(index.search(SearchQuery.of("trees")).total()).isZero();
  }

  @Test
  void theMappingSaysSo() {
    assertThat(IndexMapping.changesFor(edited("s1", "**Bold** idea")))
        .containsExactly(
            new IndexChange.ReplaceText(new StatementId("s1"), "Bold idea", "Bold idea"));
  }
}
