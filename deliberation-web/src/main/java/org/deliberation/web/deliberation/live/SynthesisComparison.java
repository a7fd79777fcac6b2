package org.deliberation.web.deliberation.live;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import org.deliberation.core.synthesis.VoteMatrix;
import org.springframework.stereotype.Component;

/**
 * What moderators weigh before invalidating votes: the synthesis as it stands and as it would stand without some
 * accounts' votes, both computed now from one snapshot, the way the live synthesis is ({@link SynthesisService}); and
 * the votes the live synthesis counts, for the integrity checks. Blocking: callers run it off the event loop.
 */
@Component
public class SynthesisComparison {

  private final SynthesisService synthesis;
  private final Clock clock;

  public SynthesisComparison(SynthesisService synthesis, Clock clock) {
    this.synthesis = synthesis;
    this.clock = clock;
  }

  /** The votes of the live deliberation now, whose votes invalidations leave out, and the position they are at. */
  public record CountedVotes(VoteMatrix votes, Set<String> excluded, long position) {

    public CountedVotes {
      excluded = Set.copyOf(excluded);
    }
  }

  /** The synthesis now ({@code current}) and without the given accounts' votes as well, at one position. */
  public record Compared(SynthesisView current, SynthesisView without, long position) {}

  public CountedVotes votes(ProjectDeliberation project) {
    var snapshot = project.snapshot();
    return new CountedVotes(snapshot.votes(), snapshot.excluded(), snapshot.position());
  }

  public Compared without(ProjectDeliberation project, Set<String> participants) {
    var snapshot = project.snapshot();
    var more = new HashSet<>(snapshot.excluded());
    more.addAll(participants);
    var now = clock.instant();
    var current = synthesis.compute(snapshot.votes(), snapshot.excluded());
    var without = synthesis.compute(snapshot.votes(), more);
    return new Compared(
        project.view(current, now, snapshot.position()),
        project.view(without, now, snapshot.position()),
        snapshot.position());
  }
}
