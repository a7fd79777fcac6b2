package org.deliberation.web.deliberation.statement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.deliberation.core.common.NotFoundException;
import org.deliberation.core.project.Stage;
import org.deliberation.core.project.event.StageChanged;
import org.deliberation.core.statement.event.StatementFlagged;
import org.deliberation.core.statement.event.StatementHidden;
import org.deliberation.core.statement.event.StatementPosted;
import org.deliberation.core.statement.event.StatementRestored;
import org.deliberation.web.deliberation.live.ModerationAction;
import org.deliberation.web.project.projection.Projects;
import org.deliberation.web.platform.eventstore.EventStreams;
import org.deliberation.web.deliberation.live.Deliberations;
import org.deliberation.web.deliberation.live.ModerationEntry;
import org.deliberation.web.deliberation.live.RelatedStatement;
import org.deliberation.web.deliberation.live.StatementView;
import org.deliberation.web.deliberation.live.Tally;
import org.deliberation.web.participant.ParticipantAccounts;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Finds projects and statements for the API. The live deliberation answers first, from memory, as the hot path of
 * voting needs; where it may lag behind a write the caller just made (a statement just posted, a stage just entered,
 * a moderation just done) the aggregate's own events, always current, decide.
 */
@Component
public class StatementLookup {

  private final Deliberations deliberations;
  private final Projects projects;
  private final EventStreams streams;
  private final ParticipantAccounts accounts;

  public StatementLookup(Deliberations deliberations, Projects projects, EventStreams streams,
      ParticipantAccounts accounts) {
    this.deliberations = deliberations;
    this.projects = projects;
    this.streams = streams;
    this.accounts = accounts;
  }

  /** The project named by an id or a slug, with its stage as current as its own events; a 404 problem if none. */
  public Mono<ProjectInContext> project(String idOrSlug) {
    var known = deliberations.find(idOrSlug);
    if (known.isPresent() && known.get().current() && known.get().stage() == Stage.DELIBERATION) {
      return Mono.just(new ProjectInContext(known.get(), Stage.DELIBERATION));
    }
    return projects.resolve(idOrSlug).flatMap(id -> streams.read(id.value()).map(events -> {
      var stage = Stage.DRAFT;
      for (var event : events) {
        if (event.getPayload() instanceof StageChanged changed) {
          stage = changed.to();
        }
      }
      return new ProjectInContext(deliberations.of(id.value()), stage);
    }));
  }

  /** Whether the statement is shown (true) or hidden (false); a 404 problem if it is not in this project. */
  public Mono<Boolean> shown(ProjectInContext project, String sid) {
    var known = project.deliberation().current() ? project.deliberation().shown(sid) : Optional.<Boolean>empty();
    if (known.isPresent()) {
      return Mono.just(known.get());
    }
    return statement(project, sid, true).map(view -> !view.hidden());
  }

  /** The statement with its moderation trail as its events tell it, and its counts from the live deliberation. */
  public Mono<StatementView> statement(ProjectInContext project, String sid, boolean moderator) {
    if (sid.isBlank() || sid.length() > 100) {
      return Mono.error(statementNotFound(sid));
    }
    return streams.read(sid).flatMap(events -> {
      if (events.isEmpty() || !(events.getFirst().getPayload() instanceof StatementPosted posted)
          || !posted.projectId().value().equals(project.project())) {
        return Mono.error(statementNotFound(sid));
      }
      var live = project.deliberation().statement(sid, moderator);
      var moderation = new ArrayList<ModerationEntry>();
      var flaggers = new HashSet<String>(); // one report per participant counts
      for (DomainEventMessage<?> event : events) {
        switch (event.getPayload()) {
          case StatementHidden hidden -> moderation.add(new ModerationEntry(ModerationAction.HIDE,
              hidden.reason(), hidden.hiddenBy().value(), event.getTimestamp()));
          case StatementRestored restored -> moderation.add(new ModerationEntry(ModerationAction.RESTORE,
              restored.reason(), restored.restoredBy().value(), event.getTimestamp()));
          case StatementFlagged flagged -> flaggers.add(flagged.flaggedBy().value());
          default -> { }
        }
      }
      int flags = flaggers.size();
      if (live.isPresent() && live.get().moderation().size() == moderation.size() && live.get().flags() == flags) {
        return Mono.just(live.get());
      }
      var authorName = live.isPresent() ? Mono.just(Optional.ofNullable(live.get().authorName())) : author(posted);
      return authorName.map(name -> fromEvents(project, posted, moderation, flags, live, moderator, name));
    });
  }

  /** The name shown beside a statement the live state does not have yet: its author's, as the live state shows it. */
  private Mono<Optional<String>> author(StatementPosted posted) {
    if (posted.externalId() != null) {
      return Mono.just(Optional.empty());
    }
    return accounts.displayNames(List.of(posted.author())).map(names -> Optional.ofNullable(names.get(
        posted.author())));
  }

  private static StatementView fromEvents(ProjectInContext project, StatementPosted posted,
      List<ModerationEntry> moderation, int flags, Optional<StatementView> live, boolean moderator,
      Optional<String> authorName) {
    var sid = posted.statementId().value();
    boolean hidden = !moderation.isEmpty() && moderation.getLast().action() == ModerationAction.HIDE;
    boolean showText = !hidden || moderator;
    RelatedStatement link = posted.relatesTo() == null ? null : new RelatedStatement(
        posted.relatesTo().statement().value(), posted.relatesTo().relation().name(), "TO", "", null, null);
    boolean erased = authorName.filter(ParticipantAccounts.FORMER_PARTICIPANT::equals).isPresent();
    return new StatementView(sid, project.project(), posted.kind().name(),
        showText ? posted.text() : null, posted.stance() == null ? null : posted.stance().name(),
        showText ? posted.sources() : List.of(), live.map(StatementView::relatesTo).orElse(link),
        showText ? posted.interests() : null, erased ? null : posted.author().value(), authorName.orElse(null),
        posted.postedAt(), posted.externalId(),
        hidden, moderation, flags, live.map(StatementView::counts).orElse(new Tally(0, 0, 0)),
        live.map(StatementView::groups).orElse(List.of()), live.map(StatementView::related).orElse(
            link == null ? List.of() : List.of(link)));
  }

  static NotFoundException statementNotFound(String sid) {
    return new NotFoundException("There is no statement '" + sid + "' in this wikiproject. List them with GET "
        + "/api/projects/{id}/statements.");
  }
}
