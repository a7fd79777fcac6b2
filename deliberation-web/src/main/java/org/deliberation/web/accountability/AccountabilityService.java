package org.deliberation.web.accountability;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.Role;
import org.deliberation.core.common.StatementId;
import org.deliberation.core.common.TextHygiene;
import org.deliberation.core.project.CommitmentRefusedException;
import org.deliberation.core.project.CommitmentRules;
import org.deliberation.core.project.CommitmentStageException;
import org.deliberation.core.project.Stage;
import org.deliberation.core.project.command.RecordCommitment;
import org.deliberation.web.deliberation.live.ProjectDeliberation;
import org.deliberation.web.deliberation.live.ProjectInContext;
import org.deliberation.web.deliberation.live.StatementLookup;
import org.deliberation.web.deliberation.live.StatementView;
import org.deliberation.web.deliberation.live.SynthesisService;
import org.deliberation.web.platform.axon.Commands;
import org.deliberation.web.platform.eventstore.EventStreams;
import org.deliberation.web.platform.http.BadRequestException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The authority's answers, point by point, for the API and the pages alike. The answers are read from the project's
 * own events, so a page read right after an answer shows it; the points as they stood when the project entered
 * SYNTHESIS are computed once per project, as that synthesis no longer changes.
 */
@Service
public class AccountabilityService {

  private static final String WHO = "answer the points of the synthesis";

  /** The points of each project as it entered SYNTHESIS, by project id: one entry a project. */
  private final Map<String, Entered> entered = new ConcurrentHashMap<>();

  private record Entered(@Nullable Instant at, Map<String, AccountabilityView.Standing> points) {}

  private final StatementLookup lookup;
  private final SynthesisService synthesis;
  private final EventStreams streams;
  private final Commands commands;
  private final Clock clock;

  public AccountabilityService(
      StatementLookup lookup,
      SynthesisService synthesis,
      EventStreams streams,
      Commands commands,
      Clock clock) {
    this.lookup = lookup;
    this.synthesis = synthesis;
    this.streams = streams;
    this.commands = commands;
    this.clock = clock;
  }

  /** The points and their answers; before SYNTHESIS, no point yet, with the project's stage. */
  public Mono<AccountabilityView> read(String project) {
    return lookup
        .project(project)
        .flatMap(
            context -> {
              if (!answerable(context.stage())) {
                return Mono.just(
                    new AccountabilityView(
                        context.project(), context.stage().name(), null, List.of(), 0));
              }
              var deliberation = context.deliberation();
              return Mono.zip(entered(deliberation), streams.read(context.project()))
                  .map(
                      found ->
                          SynthesisPoints.view(
                              context.project(),
                              context.stage(),
                              found.getT1().at(),
                              found.getT1().points(),
                              SynthesisPoints.listed(deliberation.synthesis()),
                              Commitments.of(found.getT2()),
                              id ->
                                  deliberation
                                      .statement(id, false)
                                      .map(StatementView::text)
                                      .orElse(null)));
            });
  }

  /**
   * Records an official's answer to a point: 403 for anyone else, 404 for an unknown project or statement, 409 before
   * SYNTHESIS, 422 for a statement in neither list (then or now).
   */
  public Mono<CommitmentView> record(
      Actor by, String project, String sid, CommitmentRequest request) {
    by.require(WHO, Role.OFFICIAL);
    if (request.decision() == null || request.reason() == null) {
      throw new BadRequestException("decision", "give a decision and its reason");
    }
    if (TextHygiene.cleaned(request.reason()).isBlank()) {
      throw new BadRequestException(
          "reason", "holds only invisible characters; give the reason for the decision");
    }
    return lookup
        .project(project)
        .flatMap(context -> lookup.statement(context, sid, false).thenReturn(context))
        .flatMap(
            context -> {
              if (!answerable(context.stage())) {
                return Mono.error(new CommitmentStageException(context.stage()));
              }
              return entered(context.deliberation())
                  .flatMap(then -> send(by, context, then, sid, request));
            });
  }

  private Mono<CommitmentView> send(
      Actor by, ProjectInContext context, Entered then, String sid, CommitmentRequest request) {
    if (!then.points().containsKey(sid)
        && !SynthesisPoints.listed(context.deliberation().synthesis()).containsKey(sid)) {
      return Mono.error(
          new CommitmentRefusedException(
              "Statement "
                  + sid
                  + " is in neither the consensus nor the dissent, as the project entered SYNTHESIS "
                  + "or now: only those points are answered. List them with GET "
                  + "/api/projects/{id}/accountability."));
    }
    var command =
        new RecordCommitment(
            new ProjectId(context.project()),
            new StatementId(sid),
            request.decision(),
            request.reason(),
            by,
            clock.instant());
    return commands
        .send(command)
        .then(
            Mono.fromSupplier(
                () ->
                    new CommitmentView(
                        sid,
                        command.decision().name(),
                        CommitmentRules.reason(command.reason()),
                        command.at(),
                        by.id().value())));
  }

  /** Every answer recorded on a point, oldest first; a 404 problem for a statement not in the project. */
  public Mono<CommitmentHistory> history(String project, String sid) {
    return lookup
        .project(project)
        .flatMap(context -> lookup.statement(context, sid, false).thenReturn(context))
        .flatMap(context -> streams.read(context.project()))
        .map(
            events ->
                new CommitmentHistory(sid, Commitments.of(events).getOrDefault(sid, List.of())));
  }

  /** Every point's answers, oldest first, for the page's history of each point. */
  public Mono<Map<String, List<CommitmentView>>> answers(String project) {
    return lookup
        .project(project)
        .flatMap(context -> streams.read(context.project()))
        .map(Commitments::of);
  }

  private static boolean answerable(Stage stage) {
    return stage == Stage.SYNTHESIS || stage == Stage.DECIDED;
  }

  /**
   * The points as the project entered SYNTHESIS: the synthesis at the last instant of its DELIBERATION stage. Until
   * the live state has applied the stage change, the synthesis now is the one it entered with (no vote is taken after
   * DELIBERATION), and is not kept.
   */
  private Mono<Entered> entered(ProjectDeliberation deliberation) {
    var known = entered.get(deliberation.project());
    if (known != null) {
      return Mono.just(known);
    }
    var end = deliberation.reached(Stage.SYNTHESIS) ? deliberation.endOf(Stage.DELIBERATION) : null;
    if (end == null || end.isEmpty()) {
      return Mono.just(new Entered(null, SynthesisPoints.listed(deliberation.synthesis())));
    }
    var last = end.get();
    return Mono.fromCallable(
            () -> {
              var view = synthesis.at(deliberation, last, deliberation.position());
              var computed = new Entered(last.plusNanos(1), SynthesisPoints.listed(view));
              entered.put(deliberation.project(), computed);
              return computed;
            })
        .subscribeOn(Schedulers.boundedElastic());
  }
}
