package org.deliberation.web.deliberation.live;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.deliberation.core.integrity.IntegrityCheck;
import org.deliberation.core.integrity.ParticipantSignals;
import org.deliberation.core.synthesis.Synthesis;
import org.deliberation.core.synthesis.VoteMatrix;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Recomputes the synthesis in the background. A change schedules one recomputation per project, at least
 * {@link #MIN_INTERVAL} after the previous one started ({@link RecomputationCadence}); every change until it takes its
 * snapshot is included, so a burst of votes costs one recomputation, and vote intake never waits for it.
 */
@Component
public class SynthesisService implements DisposableBean {

  /** The most often a project's synthesis is recomputed and pushed. */
  public static final Duration MIN_INTERVAL = Duration.ofMillis(250);

  private static final Logger log = LoggerFactory.getLogger(SynthesisService.class);
  private static final int PAST_CACHED = 64;

  // The synthesis with its integrity checks: coordinated accounts found in the votes and their
  // instants count as one voter, and the consensus must hold without them and by the bridging
  // score.
  private final IntegrityCheck integrity = IntegrityCheck.defaults();
  private final Clock clock;
  // One thread: a project is never computed twice at once, and the others wait their turn.
  private final Scheduler scheduler;
  private final Map<String, RecomputationCadence> cadences = new ConcurrentHashMap<>();
  private final Cache<String, PastSynthesis> past =
      Caffeine.newBuilder().maximumSize(PAST_CACHED).build();

  @Autowired
  public SynthesisService(Clock clock) {
    this(clock, Schedulers.newSingle("synthesis", true));
  }

  /** With the clock that stamps each synthesis and the scheduler (one thread) that recomputes them. */
  SynthesisService(Clock clock, Scheduler scheduler) {
    this.clock = clock;
    this.scheduler = scheduler;
  }

  /** Called under the project's monitor whenever its votes or moderation changed. */
  void changed(ProjectDeliberation project) {
    cadences
        .computeIfAbsent(project.project(), id -> new RecomputationCadence(scheduler, MIN_INTERVAL))
        .changed(() -> recompute(project));
  }

  private void recompute(ProjectDeliberation project) {
    var snapshot = project.snapshot();
    try {
      project.install(check(snapshot.votes(), snapshot.excluded()), snapshot, clock.instant());
    } catch (RuntimeException e) {
      // The last synthesis stays shown; the next vote tries again.
      log.error("The synthesis of project {} could not be recomputed", project.project(), e);
    }
  }

  /**
   * The synthesis as it stood at an instant, computed from the votes cast until then without those invalidated at
   * that instant.
   */
  public SynthesisView at(ProjectDeliberation project, Instant at, long currentPosition) {
    return past(project, at, currentPosition).view();
  }

  /** The same, with the engine's own result, for the views that restrict it to some statements (topics). */
  public PastSynthesis past(ProjectDeliberation project, Instant at, long currentPosition) {
    var key = project.project() + "@" + at + "#" + currentPosition;
    var cached = past.getIfPresent(key);
    if (cached != null) {
      return cached;
    }
    var then = project.historyAt(at);
    var result = compute(then.votes(), then.excluded());
    var computed = new PastSynthesis(result, project.view(result, at, then.position()));
    // Computed outside the cache: a slow computation must not hold up readers of other instants.
    past.put(key, computed);
    return computed;
  }

  /**
   * How the live synthesis is computed, now, at an instant of the past and for a moderator's preview alike: as if the
   * excluded participants had never voted, on votes with their instants (see {@link VoteLog#replay}).
   */
  Synthesis compute(VoteMatrix votes, Set<String> excluded) {
    return check(votes, excluded).synthesis();
  }

  /**
   * The synthesis with its integrity checks. Nothing is known here of the participants' sign-ups and addresses (the
   * integrity report adds them), so only the votes and their instants count.
   */
  private IntegrityCheck.Result check(VoteMatrix votes, Set<String> excluded) {
    return integrity.compute(votes, ParticipantSignals.NONE, excluded);
  }

  @Override
  public void destroy() {
    scheduler.dispose();
  }
}
