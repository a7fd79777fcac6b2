package org.deliberation.core.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.deliberation.core.synthesis.StatementScore;
import org.deliberation.core.synthesis.StatementScore.GroupVotes;
import org.deliberation.core.synthesis.Synthesis;
import org.junit.jupiter.api.Test;

class TopicSynthesisTest {

  // Both groups mostly agree: common ground.
  private static StatementScore agreed(String id) {
    return score(id, new GroupVotes("A", 8, 1, 1), new GroupVotes("B", 7, 2, 1));
  }

  // Both groups mostly disagree: common ground too (a view shared the other way).
  private static StatementScore rejected(String id) {
    return score(id, new GroupVotes("A", 1, 8, 1), new GroupVotes("B", 2, 7, 1));
  }

  // A agrees, B disagrees: divisive.
  private static StatementScore divisive(String id) {
    return score(id, new GroupVotes("A", 9, 1, 0), new GroupVotes("B", 1, 9, 0));
  }

  // Split within each group: neither.
  private static StatementScore split(String id) {
    return score(id, new GroupVotes("A", 5, 5, 0), new GroupVotes("B", 5, 5, 0));
  }

  private static StatementScore score(String id, GroupVotes... groups) {
    int agree = 0;
    int disagree = 0;
    int pass = 0;
    for (var group : groups) {
      agree += group.agree();
      disagree += group.disagree();
      pass += group.pass();
    }
    return new StatementScore(id, agree, disagree, pass, 0.5, List.of(groups));
  }

  private static Synthesis synthesis(
      List<StatementScore> consensus, List<StatementScore> dissent, List<StatementScore> all) {
    return new Synthesis(
        20, 400, List.of(), consensus, List.of(), dissent, List.of(), all, List.of());
  }

  @Test
  void consensusAndDissentAreTheSynthesisListsRestrictedToTheTopicInTheirOrder() {
    var c1 = new StatementScore("c1", 15, 3, 2, 0.9, agreed("c1").groups());
    var other = agreed("other");
    var c2 = agreed("c2");
    var d1 = divisive("d1");
    var d2 = divisive("d2");
    var all = List.of(c1, other, c2, d1, d2);
    var synthesis = synthesis(List.of(c1, other, c2), List.of(d2, d1), all);
    var topic = new Topic("t1", "subject", List.of("c2", "d1", "c1", "d2"));
    var summary = TopicSynthesis.of(topic, synthesis);
    assertThat(summary.topic()).isEqualTo(topic);
    assertThat(summary.consensus()).containsExactly(c1, c2);
    assertThat(summary.dissent()).containsExactly(d2, d1);
  }

  @Test
  void theRepresentativeStatementsAreTheTopicsFirstThreeWithTheirVotes() {
    var a = agreed("a");
    var b = divisive("b");
    var synthesis = synthesis(List.of(), List.of(), List.of(a, b));
    var topic = new Topic("t1", "subject", List.of("b", "new", "a", "d"));
    var representative = TopicSynthesis.of(topic, synthesis).representative();
    assertThat(representative)
        .extracting(StatementScore::statement)
        .containsExactly("b", "new", "a");
    assertThat(representative.get(0)).isEqualTo(b);
    assertThat(representative.get(1).seen()).isZero();
    assertThat(representative.get(2).agree()).isEqualTo(15);
  }

  @Test
  void agreementIsHighWhenMostVotedStatementsAreCommonGround() {
    assertThat(level(agreed("1"), rejected("2"), split("3"))).isEqualTo(Agreement.high);
    // Half common ground, a quarter divisive: no longer high.
    assertThat(level(agreed("1"), agreed("2"), divisive("3"), split("4")))
        .isEqualTo(Agreement.mixed);
  }

  @Test
  void agreementIsLowWhenDivisiveStatementsOutnumberCommonGround() {
    assertThat(level(divisive("1"), divisive("2"), agreed("3"))).isEqualTo(Agreement.low);
    assertThat(level(divisive("1"), split("2"), split("3"), split("4"))).isEqualTo(Agreement.low);
    // As many divisive as common ground: mixed.
    assertThat(level(divisive("1"), agreed("2"), split("3"), split("4")))
        .isEqualTo(Agreement.mixed);
    assertThat(level(split("1"), split("2"))).isEqualTo(Agreement.mixed);
  }

  @Test
  void agreementIsUnknownWhileNoStatementHasEnoughVotes() {
    var few = score("few", new GroupVotes("A", 2, 1, 0), new GroupVotes("B", 1, 0, 0));
    var passed = score("passed", new GroupVotes("A", 3, 0, 4), new GroupVotes("B", 3, 0, 0));
    assertThat(level(few, passed)).isNull();
    // Statements the synthesis does not know (no votes yet) do not count either.
    var synthesis = synthesis(List.of(), List.of(), List.of());
    assertThat(TopicSynthesis.of(new Topic("t1", "x", List.of("a")), synthesis).agreement())
        .isNull();
    // Once one has its votes, it decides.
    assertThat(level(few, passed, divisive("1"))).isEqualTo(Agreement.low);
  }

  @Test
  void withoutOpinionGroupsAllVotersAreOneGroup() {
    var agreedByAll = new StatementScore("1", 9, 1, 0, 0.5, List.of());
    var splitByAll = new StatementScore("2", 5, 5, 0, 0.5, List.of());
    assertThat(level(agreedByAll)).isEqualTo(Agreement.high);
    assertThat(level(splitByAll)).isEqualTo(Agreement.mixed);
  }

  private static Agreement level(StatementScore... scores) {
    var ids = java.util.Arrays.stream(scores).map(StatementScore::statement).toList();
    var synthesis = synthesis(List.of(), List.of(), List.of(scores));
    return TopicSynthesis.of(new Topic("t1", "subject", ids), synthesis).agreement();
  }
}
