package org.deliberation.web.deliberation.vote;

import java.time.Clock;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.ConflictException;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.StatementId;
import org.deliberation.core.statement.event.VoteCast;
import org.deliberation.core.vote.Admission;
import org.deliberation.web.deliberation.live.StatementLookup;
import org.deliberation.web.platform.config.DeliberationProperties;
import org.deliberation.web.platform.limits.ActionLimit;
import org.deliberation.web.platform.limits.RateLimits;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Votes, for the API and the project page alike: cast one, and read one's own. */
@Service
public class VoteService {

  private final StatementLookup lookup;
  private final VoteIntake intake;
  private final Clock clock;
  private final RateLimits limits;
  private final ActionLimit votes;

  public VoteService(
      StatementLookup lookup,
      VoteIntake intake,
      Clock clock,
      RateLimits limits,
      DeliberationProperties properties) {
    this.lookup = lookup;
    this.intake = intake;
    this.clock = clock;
    this.limits = limits;
    this.votes = ActionLimit.of("votes", properties.limits().votes());
  }

  /**
   * Casts a vote when core's {@code VoteAdmission} admits it (the project in DELIBERATION, the statement shown), as
   * the live state or, while a change is on its way to it, the stored events tell; answered once it is stored.
   */
  public Mono<VoteResult> vote(Actor by, String project, String sid, VoteRequest request) {
    return limits
        .take(votes, by)
        .then(lookup.project(project))
        .flatMap(
            context -> {
              return lookup
                  .admission(context, sid)
                  .flatMap(
                      admission -> {
                        if (admission instanceof Admission.Refused refused) {
                          return Mono.error(new ConflictException(refused.message()));
                        }
                        // Always recorded, even when it looks like the vote one already has: the
                        // live state may not show yet the
                        // vote this participant cast a moment ago, and skipping on its word would
                        // lose the newer vote.
                        var castAt = clock.instant();
                        return intake
                            .cast(
                                new VoteCast(
                                    new ProjectId(context.project()),
                                    new StatementId(sid),
                                    by.id(),
                                    request.vote(),
                                    castAt))
                            .thenReturn(new VoteResult(sid, request.vote().name(), castAt));
                      });
            });
  }

  /** The participant's current vote on each statement they voted on, so a client shows the ones still to vote on. */
  public Mono<MyVotes> mine(Actor by, String project) {
    return lookup
        .project(project)
        .map(
            context ->
                new MyVotes(
                    context.deliberation().votesOf(by.id().value()).entrySet().stream()
                        .map(entry -> new MyVotes.Item(entry.getKey(), entry.getValue().name()))
                        .toList()));
  }
}
