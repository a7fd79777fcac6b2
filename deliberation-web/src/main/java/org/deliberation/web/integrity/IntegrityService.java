package org.deliberation.web.integrity;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.Role;
import org.deliberation.core.project.InvalidationRefusedException;
import org.deliberation.core.project.command.InvalidateVotes;
import org.deliberation.core.project.command.ReverseInvalidation;
import org.deliberation.web.deliberation.live.Invalidations;
import org.deliberation.web.deliberation.live.ProjectDeliberation;
import org.deliberation.web.deliberation.live.StatementLookup;
import org.deliberation.web.deliberation.live.SynthesisComparison;
import org.deliberation.web.participant.ParticipantAccounts;
import org.deliberation.web.platform.axon.Commands;
import org.deliberation.web.platform.eventstore.EventStreams;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Coordinated accounts and invalidations, for the API and the moderators' page alike; moderators and admins only.
 * Invalidations are listed from the project's own events, so a list read right after a change shows it.
 */
@Service
public class IntegrityService {

  private static final String WHO = "read the integrity of a project or invalidate votes";

  private final StatementLookup lookup;
  private final IntegrityReports reports;
  private final SynthesisComparison comparison;
  private final ParticipantAccounts accounts;
  private final Commands commands;
  private final EventStreams streams;
  private final Clock clock;

  public IntegrityService(
      StatementLookup lookup,
      IntegrityReports reports,
      SynthesisComparison comparison,
      ParticipantAccounts accounts,
      Commands commands,
      EventStreams streams,
      Clock clock) {
    this.lookup = lookup;
    this.reports = reports;
    this.comparison = comparison;
    this.accounts = accounts;
    this.commands = commands;
    this.streams = streams;
    this.clock = clock;
  }

  /** The groups of accounts that behave as one, with their evidence, members and impact. */
  public Mono<IntegrityView> report(Actor by, String project) {
    return moderated(by, project)
        .flatMap(
            deliberation ->
                reports
                    .of(deliberation)
                    .flatMap(computed -> IntegrityViews.of(deliberation, computed, accounts)));
  }

  /** The synthesis now and without these accounts' votes; records nothing. */
  public Mono<InvalidationPreview> preview(Actor by, String project, List<String> participants) {
    return moderated(by, project)
        .flatMap(
            deliberation ->
                Mono.fromCallable(
                        () -> {
                          var ids = voters(deliberation, participants);
                          var compared = comparison.without(deliberation, ids);
                          return new InvalidationPreview(
                              List.copyOf(ids),
                              compared.current(),
                              compared.without(),
                              IntegrityViews.changed(compared.current(), compared.without()));
                        })
                    .subscribeOn(Schedulers.boundedElastic()));
  }

  /** Records an invalidation: the synthesis leaves these accounts' votes out from now on. */
  public Mono<InvalidationView> invalidate(
      Actor by, String project, List<String> participants, String reason) {
    return moderated(by, project)
        .flatMap(
            deliberation ->
                Mono.fromCallable(() -> voters(deliberation, participants))
                    .subscribeOn(Schedulers.boundedElastic())
                    .map(ids -> new Voters(deliberation, ids)))
        .flatMap(
            found -> {
              var ids = found.ids();
              var command =
                  new InvalidateVotes(
                      new ProjectId(found.deliberation().project()),
                      UUID.randomUUID().toString(),
                      ids.stream().map(ParticipantId::new).toList(),
                      reason,
                      by,
                      clock.instant());
              return commands
                  .send(command)
                  .then(
                      Mono.fromSupplier(
                          () ->
                              new InvalidationView(
                                  command.invalidationId(),
                                  List.copyOf(ids),
                                  reason.strip(),
                                  by.id().value(),
                                  command.at(),
                                  "IN_FORCE",
                                  null,
                                  null)));
            });
  }

  /** Counts an invalidation's votes again; a 404 problem for an unknown one, 409 for one already reversed. */
  public Mono<Void> reverse(Actor by, String project, String invalidation) {
    return moderated(by, project)
        .flatMap(
            deliberation ->
                commands.send(
                    new ReverseInvalidation(
                        new ProjectId(deliberation.project()), invalidation, by, clock.instant())))
        .then();
  }

  /** Every invalidation of the project in the order recorded, reversed ones too. */
  public Mono<List<InvalidationView>> invalidations(Actor by, String project) {
    return moderated(by, project)
        .flatMap(deliberation -> streams.read(deliberation.project()))
        .map(
            events ->
                Invalidations.of(events.stream().map(event -> event.getPayload()).toList()).stream()
                    .map(InvalidationView::of)
                    .toList());
  }

  private record Voters(ProjectDeliberation deliberation, Set<String> ids) {}

  private Mono<ProjectDeliberation> moderated(Actor by, String project) {
    return Mono.fromRunnable(() -> by.require(WHO, Role.MODERATOR, Role.ADMIN))
        .then(lookup.project(project))
        .map(found -> found.deliberation());
  }

  /** The participants, each once, sorted; a 422 problem naming those who never voted in the project. */
  private Set<String> voters(ProjectDeliberation deliberation, List<String> participants) {
    var voted = new HashSet<>(comparison.votes(deliberation).votes().participants());
    var ids = new TreeSet<>(participants);
    var unknown = ids.stream().filter(id -> !voted.contains(id)).limit(5).toList();
    if (!unknown.isEmpty()) {
      throw new InvalidationRefusedException(
          "These participants have no vote in this wikiproject: "
              + String.join(", ", unknown)
              + ". Name the accounts listed by GET /api/projects/{id}/integrity.");
    }
    return ids;
  }
}
