package org.deliberation.core.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RobustConsensusTest {

  private final SynthesisEngine engine = new SynthesisEngine(SynthesisSettings.DEFAULTS);

  /**
   * Two camps of 30 who share "shared" and reject "rejected", and a brigade of identical accounts who agree with
   * everything the camps split on and reverse what they share; forty of them join camp two's group and outvote it.
   */
  private static VoteHistory campsAndBrigade(int brigade) {
    var history = SynthesisEngineTest.twoCamps(1);
    for (int b = 0; b < brigade; b++) {
      for (int s = 0; s < 10; s++) {
        history.vote("bot" + b, "s" + s, 1); // agrees with everything the camps split on...
      }
      history.vote("bot" + b, "shared", -1); // ...and rejects what they share
      history.vote("bot" + b, "rejected", 1);
    }
    history.tick();
    return history;
  }

  private static Set<String> bots(int brigade) {
    var bots = new HashSet<String>();
    for (int b = 0; b < brigade; b++) {
      bots.add("bot" + b);
    }
    return bots;
  }

  private static List<String> ids(List<StatementScore> scores) {
    return scores.stream().map(StatementScore::statement).toList();
  }

  @Test
  void aBrigadeCountedAsOneVoterNeitherVetoesNorCreatesConsensus() {
    var votes = campsAndBrigade(40).snapshot();
    var clean = engine.compute(SynthesisEngineTest.twoCamps(1).snapshot());

    var undefended = engine.compute(votes);
    assertThat(ids(undefended.consensus()))
        .doesNotContain("shared"); // the brigade outvotes the group it is in
    var defended = engine.compute(votes, new Safeguards(Set.of(), List.of(bots(40)), bots(40)));

    assertThat(ids(defended.consensus())).isEqualTo(ids(clean.consensus())).contains("shared");
    assertThat(ids(defended.sharedDisagreement()))
        .isEqualTo(ids(clean.sharedDisagreement()))
        .contains("rejected");
    assertThat(defended.robustness().coalescedGroups()).isEqualTo(1);
    assertThat(defended.robustness().robustGroups()).isEqualTo(2);
    assertThat(defended.robustness().independentParticipants()).isEqualTo(61);
    // The groups shown stay Pol.is's, on every account.
    assertThat(defended.groups())
        .extracting(OpinionGroup::members)
        .isEqualTo(undefended.groups().stream().map(OpinionGroup::members).toList());
  }

  @Test
  void aConsensusMustHoldWithoutItsCorrelatedSupporters() {
    var history = SynthesisEngineTest.twoCamps(1);
    // "split": camp one agrees; in camp two 12 agree and 18 disagree: not consensus.
    for (int p = 0; p < 60; p++) {
      boolean campOne = p % 2 == 0;
      history.vote("p" + p, "split", campOne || p < 24 ? 1 : -1);
    }
    // Eight accounts of camp two's kind tip it over: 20 of 38 in camp two agree.
    var friends = new HashSet<String>();
    for (int f = 0; f < 8; f++) {
      for (int s = 0; s < 10; s++) {
        history.vote("f" + f, "s" + s, s < 5 ? -1 : 1);
      }
      history.vote("f" + f, "split", 1);
      history.vote("f" + f, "shared", 1);
      friends.add("f" + f);
    }
    history.tick();
    var votes = history.snapshot();

    var trusting = engine.compute(votes);
    var wary = engine.compute(votes, new Safeguards(Set.of(), List.of(), friends));

    assertThat(
            trusting.statements().stream()
                .filter(s -> s.statement().equals("split"))
                .findFirst()
                .orElseThrow()
                .groups())
        .allSatisfy(group -> assertThat(group.agree()).isGreaterThan(group.disagree()));
    assertThat(ids(wary.consensus())).doesNotContain("split").contains("shared");
  }

  @Test
  void aConsensusOfOneSideIsNotBridged() {
    // Camp one agrees with "ours"; camp two is split, and those of camp two who agree are its
    // moderates.
    var history = new VoteHistory();
    for (int p = 0; p < 60; p++) {
      boolean campOne = p % 2 == 0;
      boolean moderate = !campOne && p % 4 == 1;
      for (int s = 0; s < 10; s++) {
        int camp = (s < 5) == campOne ? 1 : -1;
        history.vote("p" + p, "s" + s, moderate && s % 3 == 0 ? -camp : camp);
      }
      history.vote("p" + p, "shared", 1);
      history.vote("p" + p, "ours", campOne || moderate || p % 12 == 3 ? 1 : -1);
    }
    history.tick();
    var votes = history.snapshot();
    var robust =
        RobustConsensus.of(
            votes,
            OpinionGroups.cluster(votes, Pca.compute(votes, 42).places()),
            Safeguards.NONE,
            42,
            5);
    int ours = votes.statements().indexOf("ours");
    int shared = votes.statements().indexOf("shared");

    assertThat(robust.everyGroupAgrees()[shared]).isTrue();
    assertThat(robust.bridgingAgrees()[shared]).isTrue();
    assertThat(Math.abs(robust.bridging().factor()[ours]))
        .isGreaterThan(Math.abs(robust.bridging().factor()[shared]));
    assertThat(robust.bridgingAgrees()[ours]).isFalse();
    assertThat(RobustConsensus.consensus(robust, ours)).isFalse();
  }

  /** The web module's scenarios (StatementApiIT, BrowserJourneysIT), in the engine: small, obvious, unchanged. */
  @Test
  void smallObviousConversationsKeepTheirConsensusAndDissent() {
    var history = new VoteHistory();
    for (int p = 0; p < 20; p++) {
      history.vote("v" + p, "shared", 1);
      history.vote("v" + p, "insult", 1);
      for (int i = 0; i < 6; i++) {
        history.vote("v" + p, "split" + i, p % 2 == 0 ? 1 : -1);
      }
      if (p % 3 == 0) {
        history.tick(); // recomputations while the votes come in
      }
    }
    history.moderate("insult", true);
    var twoCamps = engine.compute(history.snapshot());
    assertThat(twoCamps.groups()).extracting(OpinionGroup::size).containsExactlyInAnyOrder(10, 10);
    assertThat(twoCamps.consensus().getFirst().statement()).isEqualTo("shared");
    assertThat(ids(twoCamps.dissent())).isNotEmpty().allMatch(id -> id.startsWith("split"));

    var twelve = new VoteHistory();
    for (int person = 0; person < 12; person++) {
      for (int s = 0; s < 4; s++) {
        twelve.vote("p" + person, "s" + s, s < 2 ? 1 : (person % 2 == 0) == (s == 2) ? 1 : -1);
      }
    }
    assertThat(ids(engine.compute(twelve.snapshot()).consensus())).contains("s0", "s1");
  }

  @Test
  void excludedParticipantsDoNotCount() {
    var votes = campsAndBrigade(40).snapshot();
    var without = engine.compute(votes, Safeguards.excluding(bots(40)));
    var clean = engine.compute(SynthesisEngineTest.twoCamps(1).snapshot());

    assertThat(without.participants()).isEqualTo(60);
    assertThat(without.robustness().excluded()).isEqualTo(40);
    assertThat(without.groups())
        .extracting(OpinionGroup::members)
        .isEqualTo(clean.groups().stream().map(OpinionGroup::members).toList());
    assertThat(ids(without.consensus())).isEqualTo(ids(clean.consensus()));
    assertThat(without.places()).extracting(Synthesis.Place::participant).doesNotContain("bot0");
  }
}
