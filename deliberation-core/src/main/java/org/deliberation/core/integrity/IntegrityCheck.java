package org.deliberation.core.integrity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.deliberation.core.synthesis.Safeguards;
import org.deliberation.core.synthesis.StatementScore;
import org.deliberation.core.synthesis.Synthesis;
import org.deliberation.core.synthesis.SynthesisEngine;
import org.deliberation.core.synthesis.SynthesisSettings;
import org.deliberation.core.synthesis.VoteMatrix;

/**
 * The synthesis with its integrity checks, in one background recomputation: the excluded participants' votes are
 * left out, coordinated groups are detected on the rest ({@link CoordinationDetector}), the synthesis is computed
 * with the safeguards they call for (strong groups counted as one voter, every reported member treated as correlated,
 * see {@code RobustConsensus}), and the strongest groups' impact is measured.
 *
 * <p>Deterministic, like the engine, and a function of its arguments alone: the same votes, signals and exclusions give
 * the same result, whatever was computed before.
 * With no coordinated group, the cost over the plain synthesis is the detection and the bridging factorization; each
 * strong group whose impact is measured costs one more recomputation (at most {@code impactGroups}, and only when
 * some group is strong, which untouched conversations do not have).
 *
 * <p>Thread safe: stateless but for its settings.
 */
public final class IntegrityCheck {

  private final SynthesisEngine engine;
  private final IntegritySettings settings;

  public IntegrityCheck(SynthesisSettings synthesis, IntegritySettings settings) {
    this.engine = new SynthesisEngine(synthesis);
    this.settings = settings;
  }

  public static IntegrityCheck defaults() {
    return new IntegrityCheck(SynthesisSettings.DEFAULTS, IntegritySettings.DEFAULTS);
  }

  /** The checked synthesis and what the checks found. */
  public record Result(Synthesis synthesis, IntegrityReport report) {}

  /**
   * Computes the synthesis with its integrity checks.
   *
   * @param votes the project's votes, with their instants when known ({@code VoteHistory.vote(..., castAt)})
   * @param signals sign-up instants, address keys and near-duplicate statements, as far as the web layer knows them
   * @param excluded participants whose votes a moderator invalidated (or to leave out for a preview)
   */
  public Result compute(VoteMatrix votes, ParticipantSignals signals, Set<String> excluded) {
    var kept = votes.without(excluded);
    var report = new IntegrityReport(CoordinationDetector.detect(kept, signals, settings));
    var synthesis = engine.compute(kept, report.safeguards(Set.of()));
    if (!excluded.isEmpty()) {
      synthesis = withExcluded(synthesis, votes.rows() - kept.rows());
    }
    var strong = report.strong();
    if (!strong.isEmpty() && settings.impactGroups() > 0) {
      var undefended = engine.compute(kept, Safeguards.POLIS);
      var groups = new ArrayList<CoordinatedGroup>();
      int measured = 0;
      for (var group : report.groups()) {
        if (group.strong() && measured < settings.impactGroups()) {
          groups.add(group.withImpact(impact(kept, undefended, group.members())));
          measured++;
        } else {
          groups.add(group);
        }
      }
      report = new IntegrityReport(groups);
    }
    return new Result(synthesis, report);
  }

  /**
   * How the consensus and dissent lists would change if a set of accounts had not voted, under Pol.is's rule with
   * every account counted ({@link Safeguards#POLIS}): what these accounts achieve against an undefended synthesis.
   */
  public CoordinatedGroup.Impact impact(VoteMatrix votes, Collection<String> accounts) {
    return impact(votes, engine.compute(votes, Safeguards.POLIS), accounts);
  }

  private CoordinatedGroup.Impact impact(
      VoteMatrix votes, Synthesis with, Collection<String> accounts) {
    var without =
        engine.compute(votes, new Safeguards(Set.copyOf(accounts), List.of(), Set.of(), false));
    return new CoordinatedGroup.Impact(
        changed(with.consensus(), without.consensus()), changed(with.dissent(), without.dissent()));
  }

  /** The statements in one list but not the other, sorted. */
  static List<String> changed(List<StatementScore> before, List<StatementScore> after) {
    var a = new HashSet<String>();
    before.forEach(score -> a.add(score.statement()));
    var b = new HashSet<String>();
    after.forEach(score -> b.add(score.statement()));
    var out = new TreeSet<String>();
    for (var id : a) {
      if (!b.contains(id)) {
        out.add(id);
      }
    }
    for (var id : b) {
      if (!a.contains(id)) {
        out.add(id);
      }
    }
    return List.copyOf(out);
  }

  private static Synthesis withExcluded(Synthesis s, int excluded) {
    var r = s.robustness();
    return new Synthesis(
        s.participants(),
        s.votes(),
        s.groups(),
        s.consensus(),
        s.sharedDisagreement(),
        s.dissent(),
        s.uncertain(),
        s.statements(),
        s.places(),
        new Synthesis.Robustness(
            excluded,
            r.coalescedGroups(),
            r.robustGroups(),
            r.independentParticipants(),
            r.bridgingMean(),
            r.averageDisposition(),
            r.lowFactor(),
            r.highFactor()),
        s.ranked());
  }
}
