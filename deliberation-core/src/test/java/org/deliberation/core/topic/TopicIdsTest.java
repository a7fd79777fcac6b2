package org.deliberation.core.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.deliberation.core.project.Language;
import org.junit.jupiter.api.Test;

class TopicIdsTest {

  private static final List<TopicInput> STATEMENTS = Corpus.statements(Corpus.ENGLISH, 12, 7, 1);

  @Test
  void addingTenPercentOfStatementsKeepsEveryId() {
    var first = Topics.next(TopicGeneration.NONE, STATEMENTS, Language.en);
    var more = new ArrayList<>(STATEMENTS);
    more.addAll(Corpus.statements(Corpus.ENGLISH, 2, 99, STATEMENTS.size() + 1).subList(0, 6));
    var second = Topics.next(first, more, Language.en);
    assertThat(second.generation()).isEqualTo(2);
    assertThat(TopicsTest.ids(second)).containsAll(TopicsTest.ids(first));
    assertThat(second.nextNumber()).isGreaterThanOrEqualTo(first.nextNumber());
    // The same statements again change nothing but the generation.
    var third = Topics.next(second, more, Language.en);
    assertThat(third.topics()).isEqualTo(second.topics());
    assertThat(third.generation()).isEqualTo(3);
    assertThat(third.nextNumber()).isEqualTo(second.nextNumber());
  }

  @Test
  void aTopicMostOfWhoseStatementsAreGoneLosesItsIdAndAnIdIsNeverGivenTwice() {
    var first = Topics.next(TopicGeneration.NONE, STATEMENTS, Language.en);
    var gone = first.topics().get(0);
    var removed = new HashSet<>(gone.statements().subList(0, gone.statements().size() * 2 / 3));
    var fewer = STATEMENTS.stream().filter(s -> !removed.contains(s.statement())).toList();
    var second = Topics.next(first, fewer, Language.en);
    assertThat(TopicsTest.ids(second)).doesNotContain(gone.id());
    // Every other id is kept only by a topic holding more than half of its statements, or is new.
    for (var topic : second.topics()) {
      var before = first.topics().stream().filter(t -> t.id().equals(topic.id())).findFirst();
      if (before.isPresent()) {
        long held = before.get().statements().stream().filter(topic.statements()::contains).count();
        assertThat(2 * held).isGreaterThan(before.get().statements().size());
      } else {
        assertThat(number(topic.id())).isGreaterThanOrEqualTo(first.nextNumber());
      }
    }
    assertThat(TopicsTest.ids(second)).containsAnyElementsOf(TopicsTest.ids(first));
    // The statements come back: their topic does not take the old id back (it may take the id of
    // the smaller topic their remaining ones formed, which it holds).
    var third = Topics.next(second, STATEMENTS, Language.en);
    assertThat(TopicsTest.ids(third)).doesNotContain(gone.id());
    for (var id : TopicsTest.ids(third)) {
      assertThat(TopicsTest.ids(second).contains(id) || number(id) >= second.nextNumber())
          .as("%s is kept or new", id)
          .isTrue();
    }
  }

  @Test
  void aFreshTopicTakesTheIdOfThePreviousTopicMoreThanHalfOfWhichItHolds() {
    var previous =
        new TopicGeneration(
            4,
            "",
            7,
            List.of(
                new Topic("t2", "a", List.of("1", "2", "3", "4")),
                new Topic("t5", "b", List.of("5", "6", "7")),
                new Topic("t6", "c", List.of("8", "9"))));
    var fresh =
        List.of(
            settled("x", List.of("1", "2")), // half of t2: not more
            settled("y", List.of("5", "6", "1")), // two thirds of t5
            settled("z", List.of("5", "6", "7", "8", "9")), // all of t5 and all of t6
            settled("w", List.of("2", "3", "4"))); // three quarters of t2
    var assigned = TopicIds.assign(previous, fresh, fresh.stream().map(TopicIdsTest::ids).toList());
    // z holds all three of t5 (the largest overlap, taken first) and all of t6, but one id each;
    // y, two of t5's, comes after and finds it taken.
    assertThat(assigned.topics().stream().map(Topic::id)).containsExactly("t7", "t8", "t5", "t2");
    assertThat(assigned.nextNumber()).isEqualTo(9);
  }

  @Test
  void tiesGoToTheFreshTopicListedFirst() {
    var previous =
        new TopicGeneration(1, "", 2, List.of(new Topic("t1", "a", List.of("1", "2", "3"))));
    var fresh = List.of(settled("x", List.of("1", "2")), settled("y", List.of("2", "3")));
    var assigned = TopicIds.assign(previous, fresh, fresh.stream().map(TopicIdsTest::ids).toList());
    assertThat(assigned.topics().stream().map(Topic::id)).containsExactly("t1", "t2");
  }

  private static TopicMembership.Settled settled(String label, List<String> statements) {
    return new TopicMembership.Settled(
        label + "|" + String.join(",", statements), List.of(), false);
  }

  private static List<String> ids(TopicMembership.Settled settled) {
    return List.of(settled.label().substring(2).split(","));
  }

  private static int number(String id) {
    return Integer.parseInt(id.substring(1));
  }
}
