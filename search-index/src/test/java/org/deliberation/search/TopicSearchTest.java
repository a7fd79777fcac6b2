package org.deliberation.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.deliberation.search.Events.topic;
import static org.deliberation.search.Events.topics;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.deliberation.core.statement.Stance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The topic facet and filter: statements carry the topics of their project's latest generation, and only those. */
class TopicSearchTest extends IndexTest {

  @BeforeEach
  void statements() throws IOException {
    given(
        Events.projectCreated("p1", "Bus lanes", "Should the hall have a bus lane?"),
        Events.statement("p1", "s1", "A bus lane to the hall"),
        Events.statement("p1", "s2", "The hall needs a bus stop and a school bus"),
        Events.statement("p1", "s3", "School starts too early for the hall"),
        Events.viewpoint("p1", "v1", "Schools near the hall lose pupils", Stance.AGAINST),
        Events.statement("p2", "s9", "A hall elsewhere"));
  }

  private SearchQuery inP1(String text) {
    return new SearchQuery(text, Set.of("p1"), Set.of(), null, 20, null);
  }

  private List<String> inTopic(String text, String topic) {
    return ids(inP1(text).withTopic(topic));
  }

  @Test
  void countsTheMatchesOfEachTopicWithItsLabelAndFiltersByOne() throws IOException {
    given(
        topics(
            "p1",
            1,
            topic("t1", "bus lanes", "s1", "s2"),
            topic("t2", "school hours", "s2", "s3", "v1")));

    assertThat(index.search(inP1("hall")).topics())
        .containsExactly(
            new TopicCount("t2", "school hours", 3), new TopicCount("t1", "bus lanes", 2));
    // Over every match, not one page.
    assertThat(
            index.search(new SearchQuery("hall", Set.of("p1"), Set.of(), null, 1, null)).topics())
        .extracting(TopicCount::count)
        .containsExactly(3L, 2L);
    assertThat(index.search(inP1("bus")).topics())
        .containsExactly(
            new TopicCount("t1", "bus lanes", 2), new TopicCount("t2", "school hours", 1));
    assertThat(inTopic("hall", "t1")).containsExactlyInAnyOrder("s1", "s2");
    assertThat(inTopic("hall", "t2")).containsExactlyInAnyOrder("s2", "s3", "v1");
    assertThat(
            ids(
                new SearchQuery(
                        "hall", Set.of("p1"), Set.of(DocumentType.VIEWPOINT), null, 20, null)
                    .withTopic("t2")))
        .containsExactly("v1");
    assertThat(inTopic("hall", "t9")).isEmpty();
  }

  @Test
  void offersTopicsOnlyForASearchOfOneProject() throws IOException {
    given(
        topics("p1", 1, topic("t1", "bus lanes", "s1")),
        topics("p2", 1, topic("t1", "elsewhere", "s9")));

    assertThat(index.search(SearchQuery.of("hall")).topics()).isEmpty();
    assertThat(
            index.search(new SearchQuery("hall", Set.of("p2"), Set.of(), null, 20, null)).topics())
        .containsExactly(new TopicCount("t1", "elsewhere", 1));
    assertThat(index.search(SearchQuery.of("hall")).total()).isEqualTo(6);
    assertThatThrownBy(() -> SearchQuery.of("hall").withTopic("t1"))
        .isInstanceOf(BadQueryException.class)
        .hasMessageContaining("project");
    assertThatThrownBy(
            () -> new SearchQuery("hall", Set.of("p1", "p2"), Set.of(), null, "t1", 20, null))
        .isInstanceOf(BadQueryException.class);
  }

  @Test
  void aLaterGenerationReplacesTheWholeAssignment() throws IOException {
    given(
        topics("p1", 1, topic("t1", "bus lanes", "s1", "s2"), topic("t2", "school hours", "s3")),
        topics("p1", 2, topic("t1", "buses", "s2"), topic("t2", "school hours", "s1", "s3")));

    assertThat(inTopic("hall", "t1")).containsExactly("s2");
    assertThat(inTopic("hall", "t2")).containsExactlyInAnyOrder("s1", "s3");
    assertThat(index.search(inP1("hall")).topics())
        .containsExactly(new TopicCount("t2", "school hours", 2), new TopicCount("t1", "buses", 1));

    given(topics("p1", 3, topic("t4", "pupils", "v1")));
    assertThat(inTopic("hall", "t1")).isEmpty();
    assertThat(inTopic("hall", "t2")).isEmpty();
    assertThat(index.search(inP1("hall")).topics())
        .containsExactly(new TopicCount("t4", "pupils", 1));
  }

  @Test
  void keepsAHiddenStatementHiddenWhenItsTopicsChange() throws IOException {
    given(
        topics("p1", 1, topic("t1", "bus lanes", "s1", "s2")),
        Events.hidden("p1", "s2"),
        topics("p1", 2, topic("t1", "bus lanes", "s1"), topic("t2", "stops", "s2")));

    assertThat(inTopic("hall", "t2")).isEmpty();
    assertThat(index.search(inP1("hall")).topics())
        .containsExactly(new TopicCount("t1", "bus lanes", 1));

    given(Events.restored("p1", "s2"));
    assertThat(inTopic("hall", "t2")).containsExactly("s2");
    // Rewritten from its stored fields: still found by its words, its stance and as a near-copy.
    assertThat(ids(inP1("stop").withTopic("t2"))).containsExactly("s2");
    assertThat(ids(new SearchQuery("pupils", Set.of("p1"), Set.of(), Stance.AGAINST, 20, null)))
        .containsExactly("v1");
  }

  @Test
  void rewritesOnlyTheStatementsWhoseTopicsChange() throws IOException {
    var statements = new ArrayList<String>();
    for (int i = 0; i < 1_000; i++) {
      given(Events.statement("p3", "n" + i, "Statement number " + i + " about the park"));
      statements.add("n" + i);
    }
    var half = statements.subList(0, 500).toArray(String[]::new);
    var rest = statements.subList(500, 1_000).toArray(String[]::new);

    given(topics("p3", 1, topic("t1", "north", half), topic("t2", "south", rest)));
    assertThat(index.topicRewrites()).isEqualTo(1_000);

    given(topics("p3", 2, topic("t1", "north", half), topic("t2", "south", rest)));
    assertThat(index.topicRewrites()).isEqualTo(1_000);

    var moved = statements.subList(1, 500).toArray(String[]::new);
    var grown = new ArrayList<>(statements.subList(500, 1_000));
    grown.add("n0");
    given(
        topics(
            "p3",
            3,
            topic("t1", "north", moved),
            topic("t2", "south", grown.toArray(String[]::new))));
    assertThat(index.topicRewrites()).isEqualTo(1_001);
    // The statements of other projects are never looked at.
    assertThat(index.search(inP1("hall")).topics()).isEmpty();

    var park = new SearchQuery("park", Set.of("p3"), Set.of(), null, 20, null);
    assertThat(index.search(park).topics())
        .containsExactly(new TopicCount("t2", "south", 501), new TopicCount("t1", "north", 499));
  }

  @Test
  void keepsTopicsAndLabelsAcrossARestart() throws IOException {
    given(topics("p1", 1, topic("t1", "bus lanes", "s1", "s2")));
    index.commit("7");
    index.close();

    index = SearchIndex.open(directory);

    assertThat(index.rebuilding()).isFalse();
    assertThat(inTopic("hall", "t1")).containsExactlyInAnyOrder("s1", "s2");
    assertThat(index.search(inP1("hall")).topics())
        .containsExactly(new TopicCount("t1", "bus lanes", 2));
  }

  @Test
  void pagesThroughOneTopicWithACursorMadeForIt() throws IOException {
    given(topics("p1", 1, topic("t2", "school hours", "s1", "s2", "s3", "v1")));
    var first = new SearchQuery("hall", Set.of("p1"), Set.of(), null, "t2", 2, null);

    var page = index.search(first);
    var next = index.search(first.withCursor(page.next()));

    assertThat(page.items()).hasSize(2);
    assertThat(next.items()).hasSize(2);
    assertThat(next.next()).isNull();
    assertThatThrownBy(() -> index.search(first.withTopic(null).withCursor(page.next())))
        .isInstanceOf(BadQueryException.class);
  }
}
