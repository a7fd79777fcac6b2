package org.deliberation.core.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Our groups and consensus against what Pol.is published for real conversations. */
class PolisConformanceTest {

  private static final long SEED = 42;

  @Test
  void clustersExactlyPolissParticipantsOnBiodiversityAndMatchesItsGroups() {
    var votes = PolisData.replay("scoop-hivemind.biodiversity").snapshot();
    var published = PolisData.groups("scoop-hivemind.biodiversity");

    var inConversation = new ArrayList<String>();
    votes.inConversation().stream()
        .forEach(row -> inConversation.add(votes.participants().get(row)));
    assertThat(inConversation).hasSize(443).containsExactlyInAnyOrderElementsOf(published.keySet());

    var groups = OpinionGroups.cluster(votes, Pca.compute(votes, SEED).places());
    var ours = new ArrayList<Integer>();
    var theirs = new ArrayList<String>();
    for (int row = 0; row < votes.rows(); row++) {
      var group = published.get(votes.participants().get(row));
      if (group != null) {
        ours.add(groups.groupOfRow()[row]);
        theirs.add(group);
      }
    }
    double ari = AdjustedRandIndex.of(ours, theirs);
    System.out.printf(Locale.ROOT, "biodiversity: %d groups, ARI %.3f%n", groups.groups(), ari);
    assertThat(ari).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void groupInformedConsensusFollowsPolissOnBiodiversityAndCanadianElectoralReform() {
    for (var conversation : List.of("scoop-hivemind.biodiversity", "canadian-electoral-reform")) {
      var votes = PolisData.replay(conversation).snapshot();
      var ours = OpinionGroups.cluster(votes, Pca.compute(votes, SEED).places());
      var published = PolisData.groups(conversation);
      var labels = new HashMap<String, Integer>();
      var theirGroups = new int[votes.rows()];
      for (int row = 0; row < votes.rows(); row++) {
        var group = published.get(votes.participants().get(row));
        theirGroups[row] = group == null ? -1 : labels.computeIfAbsent(group, g -> labels.size());
      }
      var withOurs = GroupInformedConsensus.of(votes, ours.groupOfRow(), ours.groups());
      var withTheirs = GroupInformedConsensus.of(votes, theirGroups, labels.size());
      double r = pearson(withOurs, withTheirs);
      System.out.printf(
          Locale.ROOT,
          "%s: GIC Pearson %.4f (our k=%d, theirs %d)%n",
          conversation,
          r,
          ours.groups(),
          labels.size());
      assertThat(r).as(conversation).isGreaterThanOrEqualTo(0.99);
    }
  }

  static double pearson(double[] a, double[] b) {
    double ma = java.util.Arrays.stream(a).average().orElse(0);
    double mb = java.util.Arrays.stream(b).average().orElse(0);
    double cov = 0;
    double va = 0;
    double vb = 0;
    for (int i = 0; i < a.length; i++) {
      cov += (a[i] - ma) * (b[i] - mb);
      va += (a[i] - ma) * (a[i] - ma);
      vb += (b[i] - mb) * (b[i] - mb);
    }
    return cov / Math.sqrt(va * vb);
  }

  @Test
  void reportsEveryConversation() {
    for (var conversation :
        List.of(
            "scoop-hivemind.biodiversity",
            "canadian-electoral-reform",
            "scoop-hivemind.ubi",
            "brexit-consensus",
            "london.youth.policing")) {
      long start = System.nanoTime();
      var votes = PolisData.replay(conversation).snapshot();
      var ours = OpinionGroups.cluster(votes, Pca.compute(votes, SEED).places());
      long millis = (System.nanoTime() - start) / 1_000_000;
      var published = PolisData.groups(conversation);
      var labels = new HashMap<String, Integer>();
      var theirGroups = new int[votes.rows()];
      var ourLabels = new ArrayList<Integer>();
      var theirLabels = new ArrayList<String>();
      int clusteredBoth = 0;
      for (int row = 0; row < votes.rows(); row++) {
        var group = published.get(votes.participants().get(row));
        theirGroups[row] = group == null ? -1 : labels.computeIfAbsent(group, g -> labels.size());
        if (group != null && ours.groupOfRow()[row] >= 0) {
          clusteredBoth++;
          ourLabels.add(ours.groupOfRow()[row]);
          theirLabels.add(group);
        }
      }
      double r =
          pearson(
              GroupInformedConsensus.of(votes, ours.groupOfRow(), ours.groups()),
              GroupInformedConsensus.of(votes, theirGroups, labels.size()));
      System.out.printf(
          Locale.ROOT,
          "| %s | %d | %d | %d | %d | %d / %d | %.3f | %.4f | %d ms |%n",
          conversation,
          votes.rows(),
          votes.voteCount(),
          votes.inConversation().cardinality(),
          published.size(),
          ours.groups(),
          labels.size(),
          AdjustedRandIndex.of(ourLabels, theirLabels),
          r,
          millis);
      assertThat(clusteredBoth).isPositive();
      assertThat(r)
          .as(conversation)
          .isGreaterThan(0.8); // a regression guard; the targets are the two tests above
    }
  }
}
