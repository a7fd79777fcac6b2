package org.deliberation.core.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.deliberation.core.testing.Property;
import org.junit.jupiter.api.Test;

/**
 * The components as the engine computes them (stopped at {@link Pca#TOLERANCE}, passes over ranges of rows on every
 * core) against Pol.is's 100 rounds on one thread ({@link ReferencePca}): the places within a millionth of the map's
 * extent, the same opinion groups, in fewer rounds.
 */
class PcaEquivalenceTest {

  private static final long SEED = 42;

  @Test
  void thePolisConversationsGetTheReferencesPlacesAndGroups() {
    for (var conversation : PolisData.CONVERSATIONS) {
      var votes = PolisData.replay(conversation).snapshot();
      var fast = Pca.compute(votes, SEED);
      assertSame(votes, fast, ReferencePca.compute(votes, SEED), conversation);
    }
  }

  @Test
  void seededConversationsGetTheReferencesPlacesAndGroups() {
    Property.forAll(
        16,
        12,
        random ->
            SeededConversation.of(
                random,
                50 + random.nextInt(1_500),
                20 + random.nextInt(300),
                20 + random.nextInt(60)),
        votes ->
            assertSame(
                votes, Pca.compute(votes, SEED), ReferencePca.compute(votes, SEED), "seeded"));
  }

  @Test
  void aConversationOfSeveralRangesOfRowsGetsTheReferencesPlacesAndGroups() {
    var votes = SeededConversation.of(new SplittableRandom(3), 2_500, 400, 80);
    assertThat(RowChunks.of(votes).count()).as("the parallel path is taken").isGreaterThan(1);
    assertSame(votes, Pca.compute(votes, SEED), ReferencePca.compute(votes, SEED), "ranges");
  }

  @Test
  void theRoundsStopEarlyAndTheWorkStaysAboutLinearInTheVotes() {
    // The work is rounds × 2 passes over the votes. The reference always runs 2 × 100 rounds; ours
    // stop once the components settle, which takes a few more rounds as the noise grows with n.
    var n = SeededConversation.of(new SplittableRandom(5), 1_000, 200, 40);
    var twice = SeededConversation.of(new SplittableRandom(5), 2_000, 200, 40);
    var pca = Pca.compute(n, SEED);
    var pcaTwice = Pca.compute(twice, SEED);
    assertThat(pca.rounds()).isLessThan(Pca.ITERATIONS);
    assertThat(pcaTwice.rounds()).isLessThan(Pca.ITERATIONS);
    double work = pca.rounds() * (double) n.voteCount();
    double workTwice = pcaTwice.rounds() * (double) twice.voteCount();
    assertThat(workTwice / work).isBetween(1.5, 3.0);
  }

  private static void assertSame(
      VoteMatrix votes, Pca.Result fast, ReferencePca.Result reference, String what) {
    double extent = 0;
    double largest = 0;
    for (int row = 0; row < votes.rows(); row++) {
      for (int d = 0; d < 2; d++) {
        extent = Math.max(extent, Math.abs(reference.places()[row][d]));
        largest = Math.max(largest, Math.abs(reference.places()[row][d] - fast.places()[row][d]));
      }
    }
    assertThat(largest).as(what + ": places").isLessThanOrEqualTo(1e-6 * Math.max(1, extent));
    assertThat(fast.rounds()).as(what + ": rounds").isLessThanOrEqualTo(2 * Pca.ITERATIONS);
    var groups = OpinionGroups.cluster(votes, fast.places());
    var expected = OpinionGroups.cluster(votes, reference.places());
    assertThat(groups.groupOfRow()).as(what + ": groups").isEqualTo(expected.groupOfRow());
    assertThat(groups.silhouette())
        .isCloseTo(expected.silhouette(), org.assertj.core.data.Offset.offset(1e-9));
  }
}
