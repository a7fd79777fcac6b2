package org.deliberation.web.integrity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Set;
import org.deliberation.core.integrity.CoordinatedGroup;
import org.deliberation.core.integrity.IntegrityCheck;
import org.deliberation.core.integrity.IntegrityReport;
import org.deliberation.core.integrity.ParticipantSignals;
import org.deliberation.core.synthesis.VoteMatrix;
import org.deliberation.web.deliberation.live.ProjectDeliberation;
import org.deliberation.web.deliberation.live.SynthesisComparison;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Computes a project's integrity report off the event loop and keeps it per project and position: the same votes are
 * never checked twice, however often moderators read the report.
 */
@Component
public class IntegrityReports {

  /** How many groups get their impact measured (two recomputations each), strongest first. */
  static final int MEASURED = 10;

  private static final int CACHED = 32;

  private final IntegrityCheck check = IntegrityCheck.defaults();
  private final Cache<String, Computed> cache = Caffeine.newBuilder().maximumSize(CACHED).build();
  private final SynthesisComparison comparison;
  private final IntegritySignals signals;
  private final Clock clock;

  public IntegrityReports(SynthesisComparison comparison, IntegritySignals signals, Clock clock) {
    this.comparison = comparison;
    this.signals = signals;
    this.clock = clock;
  }

  /** A report and what it was computed from. */
  record Computed(
      IntegrityReport report,
      long position,
      Instant computedAt,
      Set<String> excluded,
      int signUps,
      int nearCopies) {}

  Mono<Computed> of(ProjectDeliberation project) {
    return Mono.fromCallable(() -> comparison.votes(project))
        .subscribeOn(Schedulers.boundedElastic())
        .flatMap(
            counted -> {
              var key = project.project() + "#" + counted.position();
              var cached = cache.getIfPresent(key);
              if (cached != null) {
                return Mono.just(cached);
              }
              var kept = counted.votes().without(counted.excluded());
              return signals
                  .of(project, kept.participants())
                  .publishOn(Schedulers.boundedElastic())
                  .map(
                      known -> {
                        var computed = compute(counted, known, kept, check, clock.instant());
                        cache.put(key, computed);
                        return computed;
                      });
            });
  }

  private static Computed compute(
      SynthesisComparison.CountedVotes counted,
      ParticipantSignals known,
      VoteMatrix kept,
      IntegrityCheck check,
      Instant now) {
    var report = check.compute(counted.votes(), known, counted.excluded()).report();
    // The check measures the strong groups only; moderators weigh the weaker ones too.
    var groups = new ArrayList<CoordinatedGroup>();
    int measured = 0;
    for (var group : report.groups()) {
      var impact = group.impact();
      if (impact == null && measured < MEASURED) {
        impact = check.impact(kept, group.members());
      }
      if (impact != null) {
        measured++;
      }
      groups.add(
          new CoordinatedGroup(
              group.members(), group.strength(), group.strong(), group.evidence(), impact));
    }
    return new Computed(
        new IntegrityReport(groups),
        counted.position(),
        now,
        counted.excluded(),
        known.signedUpAt().size(),
        known.nearDuplicates().size());
  }
}
