package org.deliberation.web.activity;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.page.event.PageEvent;
import org.deliberation.core.participant.event.ParticipantErased;
import org.deliberation.core.project.event.CommitmentRecorded;
import org.deliberation.core.project.event.InvalidationReversed;
import org.deliberation.core.project.event.ProjectCreated;
import org.deliberation.core.project.event.ProjectEvent;
import org.deliberation.core.project.event.ReadabilityTargetSet;
import org.deliberation.core.project.event.ResponsePublished;
import org.deliberation.core.project.event.StageChanged;
import org.deliberation.core.project.event.VotesInvalidated;
import org.deliberation.core.statement.event.StatementEdited;
import org.deliberation.core.statement.event.StatementEvent;
import org.deliberation.core.statement.event.StatementFlagged;
import org.deliberation.core.statement.event.StatementHidden;
import org.deliberation.core.statement.event.StatementPosted;
import org.deliberation.core.statement.event.StatementRestored;
import org.deliberation.core.statement.event.StatementWithdrawn;
import org.deliberation.core.statement.event.VoteCast;
import org.deliberation.web.participant.AuthorNames;
import org.deliberation.web.participant.ParticipantAccounts;
import org.deliberation.web.platform.axon.Projection;
import org.deliberation.web.platform.stream.LiveRelay;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The recent changes of every project (edits, statements, moderation, stages, responses; votes go to each
 * project's synthesis stream instead): the last {@link #KEPT} in memory for a new or resuming reader, then each one
 * as it happens. Fed by its own tracking processor, replayed at start like the deliberations. Edits and statements
 * name their author as everywhere else ({@link AuthorNames}): an erased author's stay, as a former participant's.
 */
@Component
@ProcessingGroup(ActivityFeed.GROUP)
public class ActivityFeed {

  public static final String GROUP = "activity";

  /** Declares this projection to the Axon wiring. */
  @Bean
  static Projection activityDeclared() {
    return Projection.rebuiltAtStart(GROUP);
  }

  /** How many recent changes a reader that connects or resumes can get. */
  public static final int KEPT = 10_000;

  /** What the backlog says of a statement hidden since it was posted, in place of its text. */
  static final String HIDDEN_SUMMARY = "Statement hidden by a moderator";

  static final String HIDDEN_PETITION = "Petition hidden by a moderator";

  private final ArrayDeque<Kept> recent = new ArrayDeque<>();

  /** The statements hidden now: the backlog shows their posting without its text, to moderators and others alike. */
  private final Set<String> hidden = new HashSet<>();

  private final Sinks.Many<ActivityItem> live = Sinks.many().multicast().directBestEffort();
  private final AuthorNames names;

  /** A recent change, and whose it is, so that the author's erasure can replace their name in it. */
  private static final class Kept {
    ActivityItem item;
    @Nullable ParticipantId author;

    Kept(ActivityItem item, @Nullable ParticipantId author) {
      this.item = item;
      this.author = author;
    }
  }

  public ActivityFeed(AuthorNames names) {
    this.names = names;
  }

  @EventHandler
  void on(ProjectEvent event, @Timestamp Instant at, TrackingToken token) {
    var summary =
        switch (event) {
          case ProjectCreated created -> "Wikiproject created: " + created.title();
          case StageChanged changed -> "Stage " + changed.from() + " → " + changed.to();
          case ResponsePublished published -> "Official response published";
          // Who was invalidated stays with the moderators; the feed says that it happened, and why.
          case VotesInvalidated invalidated ->
              "Votes of "
                  + invalidated.participants().size()
                  + " accounts invalidated: "
                  + Summaries.shorten(invalidated.reason());
          case InvalidationReversed reversed -> "An invalidation of votes reversed";
          case ReadabilityTargetSet target -> "Readability target set: " + target.level();
          case CommitmentRecorded answer -> "A point answered: " + answer.decision();
        };
    add(
        new ActivityItem(
            position(token),
            at,
            ActivityType.of(event.getClass()),
            event.projectId().value(),
            null,
            null,
            summary,
            null),
        null);
  }

  @EventHandler
  void on(PageEvent event, @Timestamp Instant at, TrackingToken token) {
    var comment = event.comment().isBlank() ? "" : ": " + Summaries.shorten(event.comment());
    add(
        new ActivityItem(
            position(token),
            at,
            ActivityType.of(event.getClass()),
            event.pageId().project().value(),
            event.pageId().name(),
            null,
            "Page " + event.pageId().name() + ", revision " + event.revision() + comment,
            names.of(event.author())),
        event.author());
  }

  // One handler per statement event but votes: Axon then skips a vote by its type name, without
  // deserializing it
  // (thousands a second would drown the changes, and the synthesis stream carries them).
  @EventHandler
  void on(StatementPosted event, @Timestamp Instant at, TrackingToken token) {
    statement(event, at, token);
  }

  @EventHandler
  void on(StatementHidden event, @Timestamp Instant at, TrackingToken token) {
    concealed(event, at, token);
  }

  @EventHandler
  void on(StatementRestored event, @Timestamp Instant at, TrackingToken token) {
    synchronized (this) {
      hidden.remove(event.statementId().value());
    }
    statement(event, at, token);
  }

  @EventHandler
  void on(StatementFlagged event, @Timestamp Instant at, TrackingToken token) {
    statement(event, at, token);
  }

  @EventHandler
  void on(StatementEdited event, @Timestamp Instant at, TrackingToken token) {
    statement(event, at, token);
  }

  @EventHandler
  void on(StatementWithdrawn event, @Timestamp Instant at, TrackingToken token) {
    concealed(event, at, token);
  }

  /** A hidden or withdrawn statement's posting loses its text in the backlog. */
  private void concealed(StatementEvent event, Instant at, TrackingToken token) {
    synchronized (this) {
      hidden.add(event.statementId().value());
    }
    statement(event, at, token);
  }

  private void statement(StatementEvent event, Instant at, TrackingToken token) {
    var summary =
        switch (event) {
          case StatementPosted posted ->
              posted.kind().name().charAt(0)
                  + posted.kind().name().substring(1).toLowerCase(java.util.Locale.ROOT)
                  + ": "
                  + Summaries.shorten(posted.text());
          case StatementHidden hidden -> "statement hidden";
          case StatementRestored restored -> "statement restored";
          case StatementFlagged flagged -> "statement flagged";
          case StatementEdited edited -> "Statement edited: " + Summaries.shorten(edited.text());
          case StatementWithdrawn withdrawn -> "statement withdrawn by its author";
          case VoteCast vote ->
              throw new IllegalArgumentException("votes are not in the activity feed");
        };
    // The author of a statement is named (an imported one's has no account here); who reported or
    // moderated it is not.
    var author =
        event instanceof StatementPosted posted && posted.externalId() == null
            ? posted.author()
            : null;
    add(
        new ActivityItem(
            position(token),
            at,
            ActivityType.of(event.getClass()),
            event.projectId().value(),
            null,
            event.statementId().value(),
            summary,
            author == null ? null : names.of(author)),
        author);
  }

  /** An author erased their personal data: their changes stay in the feed, as a former participant's. */
  @EventHandler
  synchronized void on(ParticipantErased event) {
    names.erased(event.participantId());
    for (var kept : recent) {
      if (event.participantId().equals(kept.author)) {
        kept.item = kept.item.withAuthor(ParticipantAccounts.FORMER_PARTICIPANT);
        kept.author = null;
      }
    }
  }

  @ResetHandler
  synchronized void reset() {
    recent.clear();
    hidden.clear();
  }

  synchronized void add(ActivityItem item, @Nullable ParticipantId author) {
    recent.addLast(new Kept(item, author));
    if (recent.size() > KEPT) {
      recent.removeFirst();
    }
    live.tryEmitNext(item);
  }

  /**
   * The changes after {@code after} (or the last {@code initial} ones), then the live ones, all of one project or of
   * every project.
   */
  public synchronized Flux<ActivityItem> subscribe(
      @Nullable String project, @Nullable Long after, int initial, int buffer) {
    var backlog = new ArrayList<ActivityItem>();
    for (var kept : recent) {
      var item = kept.item;
      if ((project == null || project.equals(item.project()))
          && (after == null || item.position() > after)) {
        backlog.add(shown(item));
      }
    }
    List<ActivityItem> first =
        after == null && backlog.size() > initial
            ? backlog.subList(backlog.size() - initial, backlog.size())
            : backlog;
    return LiveRelay.attach(
        first,
        live.asFlux().filter(item -> project == null || project.equals(item.project())),
        buffer);
  }

  /**
   * The item as the feed may show it now. A statement hidden since it was posted keeps its place in the recent changes
   * (a moderation is history too), but its posting loses the text: the feed is public, and the text of a hidden
   * statement is shown to moderators only, on the moderation queue. A restore shows the text again.
   */
  private ActivityItem shown(ActivityItem item) {
    var key = item.concealedBy();
    if (key == null
        || !hidden.contains(key)
        || (item.type() != ActivityType.STATEMENT_POSTED
            && item.type() != ActivityType.STATEMENT_EDITED
            && item.type() != ActivityType.PETITION_OPENED)) {
      return item;
    }
    return item.withSummary(
        item.type() == ActivityType.PETITION_OPENED ? HIDDEN_PETITION : HIDDEN_SUMMARY);
  }

  /** A statement or a petition ({@link ActivityItem#concealedBy()}) hidden: its text leaves the backlog. */
  synchronized void conceal(String key) {
    hidden.add(key);
  }

  synchronized void reveal(String key) {
    hidden.remove(key);
  }

  private static long position(TrackingToken token) {
    return token.position().orElse(-1);
  }
}
