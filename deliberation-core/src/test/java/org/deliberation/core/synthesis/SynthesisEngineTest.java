package org.deliberation.core.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SynthesisEngineTest {

  private final SynthesisEngine engine = new SynthesisEngine(SynthesisSettings.DEFAULTS);

  /**
   * Two camps of 30 who disagree on s0..s9 (camp one agrees with s0..s4 and rejects s5..s9, camp two the reverse),
   * all agree with "shared", all reject "rejected", and nearly everyone passes on "unclear". Seeded noise: one vote in
   * ten goes the other way.
   */
  static VoteHistory twoCamps(long seed) {
    var random = new Random(seed);
    var history = new VoteHistory();
    for (int p = 0; p < 60; p++) {
      boolean campOne = p % 2 == 0;
      for (int s = 0; s < 10; s++) {
        int vote = (s < 5) == campOne ? 1 : -1;
        history.vote("p" + p, "s" + s, random.nextInt(10) == 0 ? -vote : vote);
      }
      history.vote("p" + p, "shared", 1);
      history.vote("p" + p, "rejected", -1);
      history.vote("p" + p, "unclear", p < 50 ? 0 : 1);
      history.tick();
    }
    return history;
  }

  @Test
  void findsTwoCampsAndWhatTheyShare() {
    var synthesis = engine.compute(twoCamps(1).snapshot(), Synthesis.EMPTY);

    assertThat(synthesis.groups()).extracting(OpinionGroup::label).containsExactly("A", "B");
    assertThat(synthesis.groups()).allSatisfy(group -> assertThat(group.size()).isEqualTo(30));
    var first = new HashSet<>(synthesis.groups().getFirst().members());
    assertThat(first).allMatch(member -> Integer.parseInt(member.substring(1)) % 2 == first.stream()
        .mapToInt(m -> Integer.parseInt(m.substring(1)) % 2).findFirst().orElseThrow());
    assertThat(synthesis.consensus().getFirst().statement()).isEqualTo("shared");
    assertThat(synthesis.sharedDisagreement().getFirst().statement()).isEqualTo("rejected");
    assertThat(synthesis.dissent().getFirst().statement()).matches("s\\d");
    assertThat(synthesis.dissent()).extracting(StatementScore::statement).doesNotContain("shared", "rejected");
    assertThat(synthesis.uncertain()).extracting(StatementScore::statement).containsExactly("unclear");
    assertThat(synthesis.consensus()).extracting(StatementScore::statement).doesNotContain("unclear");
    assertThat(synthesis.groups()).allSatisfy(group ->
        assertThat(group.representative()).isNotEmpty().allSatisfy(statement ->
            assertThat(statement.statement()).matches("s\\d")));
    assertThat(synthesis.participants()).isEqualTo(60);
    assertThat(synthesis.votes()).isEqualTo(60 * 13);
  }

  @Test
  void countsVotesOverallAndPerGroup() {
    var synthesis = engine.compute(twoCamps(1).snapshot(), Synthesis.EMPTY);

    var shared = synthesis.statements().stream().filter(s -> s.statement().equals("shared")).findFirst()
        .orElseThrow();
    assertThat(shared.agree()).isEqualTo(60);
    assertThat(shared.groups()).extracting(StatementScore.GroupVotes::agree).containsExactly(30, 30);
  }

  @Test
  void givesTheSameResultForTheSameVotes() {
    var once = engine.compute(twoCamps(7).snapshot(), Synthesis.EMPTY);
    var again = engine.compute(twoCamps(7).snapshot(), Synthesis.EMPTY);

    assertThat(again).isEqualTo(once);
  }

  @Test
  void keepsGroupLabelsAcrossRecomputation() {
    var history = twoCamps(3);
    var before = engine.compute(history.snapshot(), Synthesis.EMPTY);
    history.vote("late", "s0", 1);
    history.vote("late", "s1", 1);
    var after = engine.compute(history.snapshot(), before);

    for (var group : before.groups()) {
      var same = after.groups().stream().filter(g -> g.label().equals(group.label())).findFirst().orElseThrow();
      assertThat(same.members()).containsAll(group.members());
    }
  }

  @Test
  void keepsTheShownNumberOfGroupsUntilANewOneWinsSeveralTimes() {
    var votes = twoCamps(5).snapshot();
    var shown = engine.compute(votes, Synthesis.EMPTY);
    assertThat(shown.groups()).hasSize(2);
    // Pretend three groups were shown before: two groups must now win four times in a row to replace them.
    var previous = new Synthesis(shown.participants(), shown.votes(),
        java.util.List.of(shown.groups().get(0), shown.groups().get(1),
            new OpinionGroup("C", java.util.List.of(), java.util.List.of())),
        java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(),
        java.util.List.of(), 0, 0);
    var next = previous;
    for (int round = 1; round < SynthesisSettings.DEFAULTS.groupCountStreak(); round++) {
      next = engine.compute(votes, next);
      assertThat(next.groups()).as("round %d", round).hasSize(3);
      assertThat(next.candidateStreak()).isEqualTo(round);
    }
    assertThat(engine.compute(votes, next).groups()).hasSize(2);
  }

  @Test
  void leavesAHiddenStatementOutOfEveryList() {
    var history = twoCamps(1);
    history.moderate("shared", true);

    var synthesis = engine.compute(history.snapshot(), Synthesis.EMPTY);

    assertThat(synthesis.statements()).extracting(StatementScore::statement).doesNotContain("shared");
    assertThat(synthesis.consensus()).extracting(StatementScore::statement).doesNotContain("shared");
    assertThat(synthesis.groups()).hasSize(2);
  }

  @Test
  void anEmptyProjectHasAnEmptySynthesis() {
    assertThat(engine.compute(new VoteHistory().snapshot(), Synthesis.EMPTY)).isEqualTo(Synthesis.EMPTY);
  }
}
