package org.deliberation.web.notification.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.follow.FollowTarget;
import org.deliberation.core.page.event.PageCreated;
import org.deliberation.core.page.event.PageEdited;
import org.deliberation.core.participant.event.ParticipantErased;
import org.deliberation.core.project.event.CommitmentRecorded;
import org.deliberation.core.project.event.ProjectCreated;
import org.deliberation.core.project.event.ResponsePublished;
import org.deliberation.core.project.event.StageChanged;
import org.deliberation.core.statement.Relation;
import org.deliberation.core.statement.event.StatementEdited;
import org.deliberation.core.statement.event.StatementHidden;
import org.deliberation.core.statement.event.StatementPosted;
import org.deliberation.core.statement.event.StatementRestored;
import org.deliberation.core.statement.event.StatementWithdrawn;
import org.deliberation.web.notification.follow.FollowProjection;
import org.deliberation.web.notification.follow.Followers;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who is told of what, derived from the events (rebuildable: the group's token is in the store). One handler per
 * event kind; each builds a {@link Notice} and addresses it to the target's followers ({@link #toFollowers}) or to
 * one person ({@link #toOne}). Nobody is told of their own act. Keyed by the event's position and the recipient, a
 * notification written again is the same one: replays and rebuilds never duplicate it, and never mail it again.
 */
@Component
@ProcessingGroup(FollowProjection.GROUP)
public class NotificationProjection {

  /** Mail only tells of fresh news: a node that catches up on old events does not mail them. */
  private static final Duration MAIL_FRESHNESS = Duration.ofHours(24);

  private static final int EXCERPT = 140;

  /** What a reply notification quotes once its statement is hidden or withdrawn. */
  static final String GONE = "—";

  private final NotificationStore store;
  private final Followers followers;
  private final ObjectProvider<NotificationListener> listeners;
  private final Clock clock;

  public NotificationProjection(
      NotificationStore store,
      Followers followers,
      ObjectProvider<NotificationListener> listeners,
      Clock clock) {
    this.store = store;
    this.followers = followers;
    this.listeners = listeners;
    this.clock = clock;
  }

  @EventHandler
  void on(ProjectCreated event) {
    store.target(
        FollowTarget.project(event.projectId().value()).key(),
        event.title(),
        event.language().name());
  }

  @EventHandler
  void on(StageChanged event, @Timestamp Instant at, TrackingToken token, ReplayStatus replay) {
    var notice =
        notice(
            token,
            NotificationKind.STAGE_CHANGED,
            at,
            project(event.projectId().value()),
            null,
            event.to().name());
    store.publish(notice);
    toFollowers(notice, event.changedBy(), replay);
  }

  @EventHandler
  void on(
      ResponsePublished event, @Timestamp Instant at, TrackingToken token, ReplayStatus replay) {
    var notice =
        notice(
            token,
            NotificationKind.RESPONSE_PUBLISHED,
            at,
            project(event.projectId().value()),
            null);
    store.publish(notice);
    toFollowers(notice, event.publishedBy(), replay);
  }

  /** A decision on a point of the synthesis, told to the project's followers. */
  @EventHandler
  void on(
      CommitmentRecorded event, @Timestamp Instant at, TrackingToken token, ReplayStatus replay) {
    var notice =
        notice(
            token,
            NotificationKind.DECISION_RECORDED,
            at,
            project(event.projectId().value()),
            event.statementId().value(),
            event.decision().name(),
            excerpt(event.reason()));
    store.publish(notice);
    toFollowers(notice, event.decidedBy(), replay);
  }

  @EventHandler
  void on(PageCreated event, @Timestamp Instant at, TrackingToken token) {
    var project = project(event.pageId().project().value());
    store.publish(
        notice(token, NotificationKind.PAGE_CREATED, at, project, null, event.pageId().name()));
  }

  @EventHandler
  void on(PageEdited event, @Timestamp Instant at, TrackingToken token) {
    var project = project(event.pageId().project().value());
    store.publish(
        notice(token, NotificationKind.PAGE_EDITED, at, project, null, event.pageId().name()));
  }

  @EventHandler
  void on(StatementPosted event, @Timestamp Instant at, TrackingToken token) {
    var project = project(event.projectId().value());
    // An imported statement's author has no account to be told with: an import of thousands of
    // statements writes nothing here.
    if (event.externalId() == null) {
      store.statement(event.statementId().value(), event.author(), event.projectId().value());
    }
    var relatesTo = event.relatesTo();
    if (relatesTo == null) {
      return;
    }
    var kind =
        relatesTo.relation() == Relation.SUPPORTS
            ? NotificationKind.REPLY_SUPPORTS
            : NotificationKind.REPLY_CONTRADICTS;
    var notice =
        notice(token, kind, at, project, event.statementId().value(), excerpt(event.text()));
    toOne(store.author(relatesTo.statement().value()), notice, event.author());
  }

  @EventHandler
  void on(StatementHidden event, @Timestamp Instant at, TrackingToken token) {
    var notice =
        notice(
            token,
            NotificationKind.STATEMENT_HIDDEN,
            at,
            project(event.projectId().value()),
            event.statementId().value(),
            event.reason());
    toOne(store.author(event.statementId().value()), notice, event.hiddenBy());
    store.requote(event.statementId().value(), GONE);
  }

  @EventHandler
  void on(StatementWithdrawn event) {
    store.requote(event.statementId().value(), GONE);
  }

  @EventHandler
  void on(StatementEdited event) {
    store.requote(event.statementId().value(), excerpt(event.text()));
  }

  @EventHandler
  void on(StatementRestored event, @Timestamp Instant at, TrackingToken token) {
    var notice =
        notice(
            token,
            NotificationKind.STATEMENT_RESTORED,
            at,
            project(event.projectId().value()),
            event.statementId().value(),
            event.reason());
    toOne(store.author(event.statementId().value()), notice, event.restoredBy());
  }

  @EventHandler
  void on(ParticipantErased event) {
    store.erase(event.participantId());
  }

  @ResetHandler
  void reset() {
    store.reset();
  }

  /** The target key of a project. */
  private static String project(String id) {
    return FollowTarget.project(id).key();
  }

  /**
   * A notice about a target, its title first among the arguments.
   *
   * @param target a key from {@link FollowTarget#key()}
   */
  Notice notice(
      TrackingToken token,
      NotificationKind kind,
      Instant at,
      String target,
      @Nullable String statement,
      String... arguments) {
    var known = store.target(target);
    var all = new java.util.ArrayList<String>();
    all.add(known.getString("title"));
    all.addAll(List.of(arguments));
    return new Notice(
        token.position().orElseThrow(),
        kind,
        at,
        target,
        statement,
        all,
        known.getString("language"));
  }

  /** Tells every follower of the notice's target, but the one who acted (none for a count that crossed a line). */
  void toFollowers(Notice notice, @Nullable ParticipantId actor, ReplayStatus replay) {
    var target = FollowTarget.fromKey(notice.target());
    for (var follower : followers.of(target)) {
      if (follower.participant().equals(actor)) {
        continue;
      }
      boolean fresh = store.deliver(follower.participant(), notice);
      if (fresh && follower.email() && live(notice, replay)) {
        listeners
            .orderedStream()
            .forEach(listener -> listener.mailWanted(follower.follow(), notice));
      }
    }
  }

  /** Tells one person (an author), unless they acted themselves or are unknown. */
  void toOne(@Nullable ParticipantId recipient, Notice notice, ParticipantId actor) {
    if (recipient != null && !recipient.equals(actor)) {
      store.deliver(recipient, notice);
    }
  }

  private boolean live(Notice notice, ReplayStatus replay) {
    return replay == ReplayStatus.REGULAR
        && notice.at().isAfter(clock.instant().minus(MAIL_FRESHNESS));
  }

  private static String excerpt(String text) {
    return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT - 1) + "…";
  }
}
