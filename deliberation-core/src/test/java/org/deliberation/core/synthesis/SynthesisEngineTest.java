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
    var synthesis = engine.compute(twoCamps(1).snapshot());

    assertThat(synthesis.groups()).extracting(OpinionGroup::label).containsExactly("A", "B");
    assertThat(synthesis.groups()).allSatisfy(group -> assertThat(group.size()).isEqualTo(30));
    var first = new HashSet<>(synthesis.groups().getFirst().members());
    assertThat(first)
        .allMatch(
            member ->
                Integer.parseInt(member.substring(1)) % 2
                    == first.stream()
                        .mapToInt(m -> Integer.parseInt(m.substring(1)) % 2)
                        .findFirst()
                        .orElseThrow());
    assertThat(synthesis.consensus().getFirst().statement()).isEqualTo("shared");
    assertThat(synthesis.sharedDisagreement().getFirst().statement()).isEqualTo("rejected");
    assertThat(synthesis.dissent().getFirst().statement()).matches("s\\d");
    assertThat(synthesis.dissent())
        .extracting(StatementScore::statement)
        .doesNotContain("shared", "rejected");
    assertThat(synthesis.uncertain())
        .extracting(StatementScore::statement)
        .containsExactly("unclear");
    assertThat(synthesis.consensus())
        .extracting(StatementScore::statement)
        .doesNotContain("unclear");
    assertThat(synthesis.groups())
        .allSatisfy(
            group ->
                assertThat(group.representative())
                    .isNotEmpty()
                    .allSatisfy(statement -> assertThat(statement.statement()).matches("s\\d")));
    assertThat(synthesis.participants()).isEqualTo(60);
    assertThat(synthesis.votes()).isEqualTo(60 * 13);
  }

  @Test
  void countsVotesOverallAndPerGroup() {
    var synthesis = engine.compute(twoCamps(1).snapshot());

    var shared =
        synthesis.statements().stream()
            .filter(s -> s.statement().equals("shared"))
            .findFirst()
            .orElseThrow();
    assertThat(shared.agree()).isEqualTo(60);
    assertThat(shared.groups())
        .extracting(StatementScore.GroupVotes::agree)
        .containsExactly(30, 30);
  }

  @Test
  void eachListShowsTheFirstOfItsRankedStatementsWhichHoldEveryOneMeetingItsCriterion() {
    var short1 = new SynthesisEngine(new SynthesisSettings(42, 1, 5, 0.3));
    var shown = short1.compute(twoCamps(1).snapshot());
    var full = engine.compute(twoCamps(1).snapshot());

    assertThat(shown.ranked()).isEqualTo(full.ranked());
    assertThat(full.ranked().consensus()).isEqualTo(full.consensus());
    assertThat(full.ranked().dissent()).hasSizeGreaterThan(1).isEqualTo(full.dissent());
    assertThat(shown.dissent()).containsExactly(full.ranked().dissent().getFirst());
    assertThat(shown.consensus()).isEqualTo(full.ranked().consensus().stream().limit(1).toList());
  }

  @Test
  void givesTheSameResultForTheSameVotes() {
    var once = engine.compute(twoCamps(7).snapshot());
    var again = engine.compute(twoCamps(7).snapshot());

    assertThat(again).isEqualTo(once);
  }

  @Test
  void keepsGroupLabelsWhenAVoteComesIn() {
    var history = twoCamps(3);
    var before = engine.compute(history.snapshot());
    history.vote("late", "s0", 1);
    history.vote("late", "s1", 1);
    var after = engine.compute(history.snapshot());

    for (var group : before.groups()) {
      var same =
          after.groups().stream()
              .filter(g -> g.label().equals(group.label()))
              .findFirst()
              .orElseThrow();
      assertThat(same.members()).containsAll(group.members());
    }
  }

  @Test
  void labelsTheGroupOfTheEarliestParticipantAThenTheNextEarliestB() {
    // Camp two votes first this time: its first voter anchors A.
    var history = new VoteHistory();
    var random = new Random(11);
    for (int p = 0; p < 60; p++) {
      boolean campOne = p % 2 == 1;
      for (int s = 0; s < 10; s++) {
        int vote = (s < 5) == campOne ? 1 : -1;
        history.vote("p" + p, "s" + s, random.nextInt(10) == 0 ? -vote : vote);
      }
      history.tick();
    }

    var synthesis = engine.compute(history.snapshot());

    assertThat(synthesis.groups()).extracting(OpinionGroup::label).containsExactly("A", "B");
    assertThat(synthesis.groups().get(0).members()).contains("p0");
    assertThat(synthesis.groups().get(1).members()).contains("p1");
    // Per-statement counts list the groups in the order of their labels.
    assertThat(synthesis.statements())
        .allSatisfy(
            score ->
                assertThat(score.groups())
                    .extracting(StatementScore.GroupVotes::group)
                    .containsExactly("A", "B"));
  }

  @Test
  void theLabelsAreAFunctionOfTheVotesWhateverRecomputationsCameBefore() {
    // A live run recomputes every 250 ms at most, a replay at other moments: whatever intermediate
    // syntheses were
    // computed, the last one is the same, labels included.
    var live = twoCamps(9);
    var replay = new VoteHistory();
    var random = new Random(9);
    for (int p = 0; p < 60; p++) {
      boolean campOne = p % 2 == 0;
      for (int s = 0; s < 10; s++) {
        int vote = (s < 5) == campOne ? 1 : -1;
        replay.vote("p" + p, "s" + s, random.nextInt(10) == 0 ? -vote : vote);
      }
      replay.vote("p" + p, "shared", 1);
      replay.vote("p" + p, "rejected", -1);
      replay.vote("p" + p, "unclear", p < 50 ? 0 : 1);
      replay.tick();
      if (p % 7 == 3) {
        engine.compute(
            replay.snapshot()); // an intermediate recomputation, as a live run would make
      }
    }

    assertThat(engine.compute(replay.snapshot())).isEqualTo(engine.compute(live.snapshot()));
  }

  @Test
  void leavesAHiddenStatementOutOfEveryList() {
    var history = twoCamps(1);
    history.moderate("shared", true);

    var synthesis = engine.compute(history.snapshot());

    assertThat(synthesis.statements())
        .extracting(StatementScore::statement)
        .doesNotContain("shared");
    assertThat(synthesis.consensus())
        .extracting(StatementScore::statement)
        .doesNotContain("shared");
    assertThat(synthesis.groups()).hasSize(2);
  }

  @Test
  void anEmptyProjectHasAnEmptySynthesis() {
    assertThat(engine.compute(new VoteHistory().snapshot())).isEqualTo(Synthesis.EMPTY);
  }
}
