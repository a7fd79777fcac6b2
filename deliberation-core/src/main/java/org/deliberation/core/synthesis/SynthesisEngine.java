package org.deliberation.core.synthesis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Computes opinion groups, consensus and dissent from a snapshot of votes.
 *
 * <p>Method, after Pol.is [1] and with its constants (see {@code SYNTHESIS.md}): principal components of the vote
 * matrix ({@link Pca}), base clusters then groups chosen by silhouette ({@link OpinionGroups}), group-informed
 * consensus ({@link GroupInformedConsensus}), representative statements ({@link Representativeness}). Where we differ:
 *
 * <ul>
 *   <li><b>Deterministic, and a function of the votes alone.</b> The start vectors are seeded; rows and columns keep
 *       the order of the votes; nothing is carried from one recomputation to the next. Recomputations are coalesced
 *       in time, so the ones a project goes through differ between the live run, a replay after a restart and
 *       another node: anything carried over would make the result depend on them. So a replay, every node and the
 *       synthesis "as it stood then" give the live result, labels included.
 *   <li><b>Canonical labels.</b> "A" is the group of the earliest participant, "B" that of the earliest one not in
 *       A, and so on ({@link GroupLabels}), rather than labels carried over by member overlap: as stable when a vote
 *       comes in, and the same after a restart. For the same reason the number of groups is the silhouette's choice
 *       every time, without Pol.is's k smoother (a new k shown only after winning several recomputations in a row),
 *       whose outcome depends on how many recomputations happened.
 *   <li><b>Dissent</b> is scored as {@code max over groups g ≠ h of a_g × d_h}, with {@code a_g = (A_g + 1) / (S_g + 2)}
 *       and {@code d_h = (D_h + 1) / (S_h + 2)}: high only when one group mostly agrees while another mostly disagrees.
 *   <li><b>Uncertain</b> statements (fewer than {@code minVotes} votes, or passed on by more than
 *       {@code maxPassShare} of their voters) are listed apart and kept out of consensus and dissent.
 *   <li><b>Moderation is honoured</b>: hidden statements are zero in the components and absent from every list
 *       (Pol.is still counts banned participants, its quirk Q1).
 *   <li><b>Consensus that pseudonyms cannot forge</b> ({@link RobustConsensus}): coordinated accounts count as one
 *       voter, a consensus must hold without its correlated supporters and be agreed by a group-free bridging score
 *       ({@link BridgingFactorization}, Community Notes' factorization); excluded participants do not count at all
 *       ({@link Safeguards}). The groups shown stay Pol.is's.
 * </ul>
 *
 * <p>[1] Small et al., "Polis: Scaling deliberation by mapping high dimensional opinion spaces", 2021; the
 * compdemocracy/polis math sources.
 *
 * <p>Thread safe: stateless but for its settings.
 */
public final class SynthesisEngine {

  private final SynthesisSettings settings;

  public SynthesisEngine(SynthesisSettings settings) {
    this.settings = settings;
  }

  /**
   * The synthesis of these votes, with the robust rule and nothing known about the participants
   * ({@link Safeguards#NONE}: only the bridging test can differ from Pol.is's rule): the same votes, in the same
   * order, always give the same synthesis.
   */
  public Synthesis compute(VoteMatrix votes) {
    return compute(votes, Safeguards.NONE);
  }

  /**
   * The synthesis with safeguards: without the excluded participants' votes, and with consensus, shared disagreement
   * and dissent decided by the robust rule of {@link RobustConsensus} (coordinated accounts counted as one voter,
   * consensus held without correlated supporters, and agreed by the bridging score). The opinion groups shown stay
   * Pol.is's, computed on every remaining account, with their canonical labels. Like the plain synthesis, a function
   * of its arguments alone: the same votes and safeguards always give the same synthesis.
   */
  public Synthesis compute(VoteMatrix allVotes, Safeguards safeguards) {
    var votes = allVotes.without(safeguards.excluded());
    if (votes.rows() == 0) {
      return Synthesis.EMPTY;
    }
    var pca = Pca.compute(votes, settings.seed());
    var clustering = OpinionGroups.cluster(votes, pca.places());

    int k = clustering.groups();
    // Groups are numbered in the order of their labels, so that every list of per-group counts
    // reads A, B, C...
    var ranks = GroupLabels.ranks(clustering.groupOfRow(), k);
    var groupOfRow = new int[votes.rows()];
    for (int row = 0; row < votes.rows(); row++) {
      int g = clustering.groupOfRow()[row];
      groupOfRow[row] = g < 0 ? -1 : ranks[g];
    }
    var labels = new ArrayList<String>(k);
    for (int rank = 0; rank < k; rank++) {
      labels.add(GroupLabels.label(rank));
    }
    var membersByIndex = new ArrayList<List<String>>();
    for (int g = 0; g < k; g++) {
      membersByIndex.add(new ArrayList<>());
    }
    for (int row = 0; row < votes.rows(); row++) {
      if (groupOfRow[row] >= 0) {
        membersByIndex.get(groupOfRow[row]).add(votes.participants().get(row));
      }
    }
    var counts = Counts.of(votes, groupOfRow, k);
    var gic = GroupInformedConsensus.of(votes, groupOfRow, k);
    // The robust scores are symmetric in the groups: they do not depend on how the groups are
    // numbered or named.
    var robust =
        safeguards.robust()
            ? RobustConsensus.of(
                votes, clustering, pca.places(), safeguards, settings.seed(), settings.minVotes())
            : RobustConsensus.polis(votes, clustering);
    var columnOf = new java.util.HashMap<String, Integer>();
    for (int j = 0; j < votes.cols(); j++) {
      columnOf.put(votes.statements().get(j), j);
    }

    var all = new ArrayList<StatementScore>();
    var certain = new ArrayList<StatementScore>();
    var uncertain = new ArrayList<StatementScore>();
    for (int j = 0; j < votes.cols(); j++) {
      if (votes.moderatedOut().get(j)) {
        continue;
      }
      var score =
          counts
              .score(j, labels, gic[j])
              .withRobust(
                  robust.bridging().intercept()[j],
                  robust.bridging().factor()[j],
                  robust.consensus()[j]);
      all.add(score);
      boolean unsure =
          score.seen() < settings.minVotes()
              || (double) score.pass() / score.seen() > settings.maxPassShare();
      (unsure ? uncertain : certain).add(score);
    }
    // A list holds only what it claims: consensus needs a majority of every group agreeing, dissent
    // a group mostly
    // agreeing while another mostly disagrees; with fewer such statements, the list is shorter.
    // Groups and counts are
    // the robust ones (RobustConsensus): with no coordinated accounts, Pol.is's groups and every
    // vote.
    var consensus =
        ranked(
            certain.stream()
                .filter(score -> RobustConsensus.consensus(robust, columnOf.get(score.statement())))
                .toList(),
            StatementScore::robustConsensus);
    var sharedDisagreement =
        ranked(
            certain.stream()
                .filter(
                    score ->
                        RobustConsensus.sharedDisagreement(robust, columnOf.get(score.statement())))
                .toList(),
            score -> robust.disagreement()[columnOf.get(score.statement())]);
    var dissent =
        robust.groups() < 2
            ? List.<StatementScore>of()
            : ranked(
                certain.stream()
                    .filter(
                        score -> robust.dissent()[columnOf.get(score.statement())] > MIN_DISSENT)
                    .toList(),
                score -> robust.dissent()[columnOf.get(score.statement())]);

    var groups = new ArrayList<OpinionGroup>();
    for (int g = 0; g < k; g++) {
      groups.add(
          new OpinionGroup(
              labels.get(g), membersByIndex.get(g), representative(all, labels.get(g))));
    }
    groups.sort(Comparator.comparing(OpinionGroup::label));

    var places = new ArrayList<Synthesis.Place>();
    for (int row = 0; row < votes.rows(); row++) {
      int g = groupOfRow[row];
      places.add(
          new Synthesis.Place(
              votes.participants().get(row),
              pca.places()[row][0],
              pca.places()[row][1],
              g < 0 ? null : labels.get(g)));
    }
    uncertain.sort(Comparator.comparingInt(StatementScore::seen));
    return new Synthesis(
        votes.rows(),
        votes.voteCount(),
        groups,
        top(consensus),
        top(sharedDisagreement),
        top(dissent),
        top(uncertain),
        all,
        places,
        robust.summary(allVotes.rows() - votes.rows()),
        new Synthesis.Ranked(consensus, sharedDisagreement, dissent));
  }

  /** Every statement of a list, with the list's score, highest first. */
  private static List<StatementScore> ranked(
      List<StatementScore> scores, ToDoubleFunction<StatementScore> by) {
    return scores.stream()
        .map(score -> score.withScore(by.applyAsDouble(score)))
        .sorted(
            Comparator.comparingDouble(StatementScore::score)
                .reversed()
                .thenComparing(StatementScore::statement))
        .toList();
  }

  private List<StatementScore> top(List<StatementScore> ranked) {
    return ranked.stream().limit(settings.listSize()).toList();
  }

  /** Whether every group's smoothed probability of agreeing (or disagreeing) is above one half. */
  static boolean everyGroup(StatementScore score, boolean agree) {
    for (var group : score.groups()) {
      int seen = group.agree() + group.disagree() + group.pass();
      if (((agree ? group.agree() : group.disagree()) + 1.0) / (seen + 2.0) <= 0.5) {
        return false;
      }
    }
    return true;
  }

  /** Both factors above one half: one group mostly agrees, another mostly disagrees. */
  static final double MIN_DISSENT = 0.25;

  /** The product over groups of the smoothed probability of agreeing (or disagreeing). */
  static double product(StatementScore score, boolean agree) {
    double product = 1;
    for (var group : score.groups()) {
      int seen = group.agree() + group.disagree() + group.pass();
      product *= ((agree ? group.agree() : group.disagree()) + 1.0) / (seen + 2.0);
    }
    return product;
  }

  /**
   * The dissent score: the largest, over two different groups, of one's smoothed agreement times the other's smoothed
   * disagreement.
   */
  public static double dissent(StatementScore score) {
    double max = 0;
    for (var g : score.groups()) {
      for (var h : score.groups()) {
        if (g != h) {
          double agree = (g.agree() + 1.0) / (g.agree() + g.disagree() + g.pass() + 2.0);
          double disagree = (h.disagree() + 1.0) / (h.agree() + h.disagree() + h.pass() + 2.0);
          max = Math.max(max, agree * disagree);
        }
      }
    }
    return max;
  }

  // Pol.is's selection: statements passing both z-tests on one side, by r × r_test × p × p_test;
  // when none pass, the
  // single statement with the strongest two-proportion test.
  private List<StatementScore> representative(List<StatementScore> statements, String label) {
    record Candidate(StatementScore score, Representativeness.Side side) {}
    var candidates = new ArrayList<Candidate>();
    for (var score : statements) {
      int agree = 0;
      int disagree = 0;
      int seen = 0;
      int restAgree = 0;
      int restDisagree = 0;
      int restSeen = 0;
      for (var group : score.groups()) {
        int groupSeen = group.agree() + group.disagree() + group.pass();
        if (group.group().equals(label)) {
          agree = group.agree();
          disagree = group.disagree();
          seen = groupSeen;
        } else {
          restAgree += group.agree();
          restDisagree += group.disagree();
          restSeen += groupSeen;
        }
      }
      if (agree + disagree == 0) {
        continue;
      }
      candidates.add(
          new Candidate(
              score,
              Representativeness.of(agree, disagree, seen, restAgree, restDisagree, restSeen)));
    }
    var passing =
        candidates.stream()
            .filter(c -> c.side().passes())
            .sorted(
                Comparator.comparingDouble((Candidate c) -> c.side().metric())
                    .reversed()
                    .thenComparing(c -> c.score().statement()))
            .limit(Math.min(5, settings.listSize()))
            .map(
                c -> c.score().withScore(c.side().agree() ? c.side().metric() : -c.side().metric()))
            .toList();
    if (!passing.isEmpty()) {
      return passing;
    }
    return candidates.stream()
        .max(Comparator.comparingDouble((Candidate c) -> c.side().rTest()))
        .map(
            c ->
                List.of(
                    c.score().withScore(c.side().agree() ? c.side().rTest() : -c.side().rTest())))
        .orElse(List.of());
  }
}
