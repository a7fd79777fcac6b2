package org.deliberation.core.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.deliberation.core.synthesis.StatementScore;
import org.deliberation.core.synthesis.StatementScore.GroupVotes;
import org.deliberation.core.synthesis.Synthesis;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class TopicSynthesisTest {

  /** A statement's votes and the list of the synthesis it is ranked in (null: none). */
  private record Voted(StatementScore score, @Nullable String list) {}

  // Both groups mostly agree: the synthesis ranks it in its consensus, common ground.
  private static Voted agreed(String id) {
    return new Voted(
        score(id, new GroupVotes("A", 8, 1, 1), new GroupVotes("B", 7, 2, 1)), "consensus");
  }

  // Both groups mostly disagree: in the shared disagreement, common ground too.
  private static Voted rejected(String id) {
    return new Voted(
        score(id, new GroupVotes("A", 1, 8, 1), new GroupVotes("B", 2, 7, 1)), "shared");
  }

  // A agrees, B disagrees: in the dissent, divisive.
  private static Voted divisive(String id) {
    return new Voted(
        score(id, new GroupVotes("A", 9, 1, 0), new GroupVotes("B", 1, 9, 0)), "dissent");
  }

  // Split within each group: in no list.
  private static Voted split(String id) {
    return new Voted(score(id, new GroupVotes("A", 5, 5, 0), new GroupVotes("B", 5, 5, 0)), null);
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

  /** A synthesis whose shown lists are the first {@code shown} of its ranked ones. */
  private static Synthesis synthesis(
      List<StatementScore> consensus,
      List<StatementScore> shared,
      List<StatementScore> dissent,
      List<StatementScore> all,
      int shown) {
    return new Synthesis(
        20,
        400,
        List.of(),
        consensus.stream().limit(shown).toList(),
        shared.stream().limit(shown).toList(),
        dissent.stream().limit(shown).toList(),
        List.of(),
        all,
        List.of(),
        Synthesis.Robustness.NONE,
        new Synthesis.Ranked(consensus, shared, dissent));
  }

  private static Synthesis synthesis(List<Voted> voted) {
    var all = voted.stream().map(Voted::score).toList();
    return synthesis(
        in(voted, "consensus"), in(voted, "shared"), in(voted, "dissent"), all, Integer.MAX_VALUE);
  }

  private static List<StatementScore> in(List<Voted> voted, String list) {
    return voted.stream().filter(v -> list.equals(v.list())).map(Voted::score).toList();
  }

  @Test
  void consensusAndDissentAreTheSynthesisRankedListsRestrictedToTheTopicInTheirOrder() {
    var c1 = new StatementScore("c1", 15, 3, 2, 0.9, agreed("c1").score().groups());
    var other = agreed("other").score();
    var c2 = agreed("c2").score();
    var d1 = divisive("d1").score();
    var d2 = divisive("d2").score();
    var all = List.of(c1, other, c2, d1, d2);
    // The synthesis shows one statement per list: a topic still finds its own, in the same order.
    var synthesis = synthesis(List.of(other, c1, c2), List.of(), List.of(d2, d1), all, 1);
    var topic = new Topic("t1", "subject", List.of("c2", "d1", "c1", "d2"));
    var summary = TopicSynthesis.of(topic, synthesis);
    assertThat(summary.topic()).isEqualTo(topic);
    assertThat(summary.consensus()).containsExactly(c1, c2);
    assertThat(summary.dissent()).containsExactly(d2, d1);
  }

  @Test
  void aTopicShowsAtMostItsListSizeOfEach() {
    var ranked = new java.util.ArrayList<StatementScore>();
    for (int i = 0; i < TopicSynthesis.LIST + 3; i++) {
      ranked.add(agreed("c" + i).score());
    }
    var synthesis = synthesis(ranked, List.of(), List.of(), ranked, 10);
    var ids = ranked.stream().map(StatementScore::statement).toList();
    var summary = TopicSynthesis.of(new Topic("t1", "subject", ids.reversed()), synthesis);
    assertThat(summary.consensus())
        .containsExactlyElementsOf(ranked.subList(0, TopicSynthesis.LIST));
  }

  @Test
  void theRepresentativeStatementsAreTheTopicsFirstThreeWithTheirVotes() {
    var a = agreed("a");
    var b = divisive("b");
    var synthesis = synthesis(List.of(a, b));
    var topic = new Topic("t1", "subject", List.of("b", "new", "a", "d"));
    var representative = TopicSynthesis.of(topic, synthesis).representative();
    assertThat(representative)
        .extracting(StatementScore::statement)
        .containsExactly("b", "new", "a");
    assertThat(representative.get(0)).isEqualTo(b.score());
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
  void agreementFollowsTheSynthesisListsNotTheRawCounts() {
    // Counts that look agreed, but the synthesis (its robust groups) does not rank it: not common
    // ground.
    var unranked = new Voted(agreed("1").score(), null);
    assertThat(level(unranked)).isEqualTo(Agreement.mixed);
  }

  @Test
  void agreementIsUnknownWhileNoStatementHasEnoughVotes() {
    var few =
        new Voted(score("few", new GroupVotes("A", 2, 1, 0), new GroupVotes("B", 1, 0, 0)), null);
    var passed =
        new Voted(
            score("passed", new GroupVotes("A", 3, 0, 4), new GroupVotes("B", 3, 0, 0)), null);
    assertThat(level(few, passed)).isNull();
    // Statements the synthesis does not know (no votes yet) do not count either.
    var synthesis = synthesis(List.of());
    assertThat(TopicSynthesis.of(new Topic("t1", "x", List.of("a")), synthesis).agreement())
        .isNull();
    // Once one has its votes, it decides.
    assertThat(level(few, passed, divisive("1"))).isEqualTo(Agreement.low);
  }

  private static Agreement level(Voted... voted) {
    var ids = java.util.Arrays.stream(voted).map(v -> v.score().statement()).toList();
    return TopicSynthesis.of(new Topic("t1", "subject", ids), synthesis(List.of(voted)))
        .agreement();
  }
}
