package org.deliberation.web.deliberation.live;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.deliberation.core.common.NotFoundException;
import org.deliberation.core.project.Stage;
import org.deliberation.core.project.event.StageChanged;
import org.deliberation.core.statement.event.StatementPosted;
import org.deliberation.core.vote.Admission;
import org.deliberation.core.vote.Visibility;
import org.deliberation.core.vote.VoteAdmission;
import org.deliberation.web.participant.ParticipantAccounts;
import org.deliberation.web.platform.eventstore.EventStreams;
import org.deliberation.web.project.projection.Projects;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Finds projects and statements for the API. The live deliberation answers first, from memory, as the hot paths of
 * voting and editing need; where it may lag behind a write the caller just made (a statement just posted, a stage
 * just entered, a moderation just done, which the {@link ChangeGate} knows of) the aggregate's own events, always
 * current, decide.
 */
@Component
public class StatementLookup {

  /** How long a page waits for the live deliberation to show a statement its reader just posted. */
  public static final Duration SHOWN_WITHIN = Duration.ofSeconds(2);

  private static final Duration LOOK_AGAIN = Duration.ofMillis(10);

  private final Deliberations deliberations;
  private final Projects projects;
  private final EventStreams streams;
  private final ParticipantAccounts accounts;
  private final ChangeGate gate;

  public StatementLookup(
      Deliberations deliberations,
      Projects projects,
      EventStreams streams,
      ParticipantAccounts accounts,
      ChangeGate gate) {
    this.deliberations = deliberations;
    this.projects = projects;
    this.streams = streams;
    this.accounts = accounts;
    this.gate = gate;
  }

  /**
   * The project named by an id or a slug, with its stage; a 404 problem if none. The live deliberation answers,
   * whatever the stage, once it has applied the project's creation and while no stage change from this node is on its
   * way to it (a change from another node counts here once this node has seen it): an edit or a vote then costs the
   * store no read of the project. Otherwise the project's own events tell its stage.
   */
  public Mono<ProjectInContext> project(String idOrSlug) {
    var known = deliberations.find(idOrSlug);
    if (known.isPresent() && gate.settled(known.get().project())) {
      var stage = known.get().stage();
      // Before the project's creation is applied the live state says DRAFT too; any other stage
      // was applied. A vote takes the project's monitor once here: votes contend for it.
      if (stage != Stage.DRAFT || known.get().reached(Stage.DRAFT)) {
        return Mono.just(new ProjectInContext(known.get(), stage));
      }
    }
    return projects
        .resolve(idOrSlug)
        .flatMap(
            id ->
                streams
                    .read(id.value())
                    .map(
                        events -> {
                          var stage = Stage.DRAFT;
                          for (var event : events) {
                            if (event.getPayload() instanceof StageChanged changed) {
                              stage = changed.to();
                            }
                          }
                          return new ProjectInContext(deliberations.of(id.value()), stage);
                        }));
  }

  /**
   * Whether a vote on the statement is admitted now, by the rule of core, on the project's stage and the statement's
   * visibility; a 404 problem if the statement is not in this project. The live deliberation answers unless the change
   * gate holds it back for this project; then the statement's own events do.
   */
  public Mono<Admission> admission(ProjectInContext project, String sid) {
    var byStage = VoteAdmission.admit(project.stage());
    if (byStage instanceof Admission.Refused) {
      return Mono.just(
          byStage); // before the statement is looked up: a closed vote refuses any statement
    }
    var known =
        gate.settled(project.project())
            ? project.deliberation().visibility(sid)
            : Optional.<Visibility>empty();
    if (known.isPresent()) {
      return Mono.just(VoteAdmission.admit(project.stage(), known.get()));
    }
    return statement(project, sid, true)
        .map(
            view ->
                VoteAdmission.admit(
                    project.stage(),
                    view.withdrawn()
                        ? Visibility.WITHDRAWN
                        : view.hidden() ? Visibility.HIDDEN : Visibility.SHOWN));
  }

  /**
   * Completes once the live deliberation shows the statement, or after {@link #SHOWN_WITHIN} whatever it shows (a
   * projection that parked the event, say): the lists of the page a person is sent to after posting come from the
   * live state, which applies a statement a few milliseconds after it is stored.
   */
  public Mono<Void> shown(String project, String statement) {
    return Mono.fromSupplier(
            () ->
                deliberations
                    .find(project)
                    .flatMap(live -> live.visibility(statement))
                    .orElse(null))
        .repeatWhenEmpty(again -> again.delayElements(LOOK_AGAIN))
        .timeout(SHOWN_WITHIN)
        .onErrorResume(TimeoutException.class, late -> Mono.empty())
        .then();
  }

  /** The statement with its moderation trail as its events tell it, and its counts from the live deliberation. */
  public Mono<StatementView> statement(ProjectInContext project, String sid, boolean moderator) {
    if (sid.isBlank() || sid.length() > 100) {
      return Mono.error(statementNotFound(sid));
    }
    return streams
        .read(sid)
        .flatMap(
            events -> {
              if (events.isEmpty()
                  || !(events.getFirst().getPayload() instanceof StatementPosted posted)
                  || !posted.projectId().value().equals(project.project())) {
                return Mono.error(statementNotFound(sid));
              }
              var live = project.deliberation().statement(sid, moderator);
              var trail = ModerationTrail.of(events);
              var current = StatementViews.current(posted, events);
              if (live.isPresent()
                  && live.get().moderation().size() == trail.decisions().size()
                  && live.get().flags() == trail.reports()
                  && live.get().withdrawn() == trail.withdrawn()
                  && (live.get().text() == null || live.get().text().equals(current.text()))) {
                return Mono.just(live.get());
              }
              var authorName =
                  live.isPresent()
                      ? Mono.just(Optional.ofNullable(live.get().authorName()))
                      : author(posted);
              return authorName.map(
                  name ->
                      StatementViews.fromEvents(
                          project.project(),
                          current,
                          trail,
                          name.orElse(null),
                          name.filter(ParticipantAccounts.FORMER_PARTICIPANT::equals).isPresent(),
                          live,
                          moderator));
            });
  }

  /** The name shown beside a statement the live state does not have yet: its author's, as the live state shows it. */
  private Mono<Optional<String>> author(StatementPosted posted) {
    if (posted.externalId() != null) {
      return Mono.just(Optional.empty());
    }
    return accounts
        .displayNames(List.of(posted.author()))
        .map(names -> Optional.ofNullable(names.get(posted.author())));
  }

  static NotFoundException statementNotFound(String sid) {
    return new NotFoundException(
        "There is no statement '"
            + sid
            + "' in this wikiproject. List them with GET "
            + "/api/projects/{id}/statements.");
  }
}
