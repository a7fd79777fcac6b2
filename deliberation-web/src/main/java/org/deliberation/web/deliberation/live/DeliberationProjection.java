package org.deliberation.web.deliberation.live;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.deliberation.core.participant.event.ParticipantErased;
import org.deliberation.core.project.event.InvalidationReversed;
import org.deliberation.core.project.event.ProjectCreated;
import org.deliberation.core.project.event.StageChanged;
import org.deliberation.core.project.event.VotesInvalidated;
import org.deliberation.core.statement.event.ParticipantImported;
import org.deliberation.core.statement.event.StatementEdited;
import org.deliberation.core.statement.event.StatementFlagged;
import org.deliberation.core.statement.event.StatementHidden;
import org.deliberation.core.statement.event.StatementPosted;
import org.deliberation.core.statement.event.StatementRestored;
import org.deliberation.core.statement.event.StatementWithdrawn;
import org.deliberation.core.statement.event.VoteCast;
import org.deliberation.web.participant.AuthorNames;
import org.deliberation.web.participant.ParticipantAccounts;
import org.deliberation.web.platform.axon.Projection;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Feeds {@link Deliberations}. Its tokens are kept in memory, so every start replays the whole history: the live
 * state is always rebuilt from events, and the stream positions it hands out are the event store's.
 */
@Component
@ProcessingGroup(DeliberationProjection.GROUP)
public class DeliberationProjection {

  public static final String GROUP = "deliberation";

  /** Declares this projection to the Axon wiring. */
  @Bean
  static Projection deliberationDeclared() {
    return Projection.rebuiltAtStart(GROUP);
  }

  private final Deliberations deliberations;
  private final AuthorNames names;
  private final ChangeArrivals arrivals;

  public DeliberationProjection(
      Deliberations deliberations, AuthorNames names, ChangeArrivals arrivals) {
    this.deliberations = deliberations;
    this.names = names;
    this.arrivals = arrivals;
  }

  @EventHandler
  void on(ProjectCreated event, @Timestamp Instant at, TrackingToken token) {
    deliberations.named(event.slug(), event.projectId().value());
    deliberations.of(event.projectId().value()).created(at, position(token));
  }

  @EventHandler
  void on(
      StageChanged event,
      @Timestamp Instant at,
      TrackingToken token,
      @MessageIdentifier String id) {
    deliberations.of(event.projectId().value()).stageChanged(event.to(), at, position(token));
    arrivals.applied(id);
  }

  @EventHandler
  void on(VotesInvalidated event, TrackingToken token) {
    deliberations.of(event.projectId().value()).invalidation(event, position(token));
  }

  @EventHandler
  void on(InvalidationReversed event, TrackingToken token) {
    deliberations.of(event.projectId().value()).invalidation(event, position(token));
  }

  @EventHandler
  void on(StatementPosted event, TrackingToken token) {
    // An imported statement's author has no account here: no name to look up, none to show.
    var name = event.externalId() == null ? names.of(event.author()) : null;
    deliberations.of(event.projectId().value()).posted(event, name, position(token));
  }

  @EventHandler
  void on(ParticipantErased event) {
    names.erased(event.participantId());
    deliberations.authorErased(
        event.participantId().value(), ParticipantAccounts.FORMER_PARTICIPANT);
  }

  @EventHandler
  void on(
      StatementHidden event,
      @Timestamp Instant at,
      TrackingToken token,
      @MessageIdentifier String id) {
    deliberations.of(event.projectId().value()).moderated(event, at, position(token));
    arrivals.applied(id);
  }

  @EventHandler
  void on(
      StatementRestored event,
      @Timestamp Instant at,
      TrackingToken token,
      @MessageIdentifier String id) {
    deliberations.of(event.projectId().value()).moderated(event, at, position(token));
    arrivals.applied(id);
  }

  @EventHandler
  void on(
      StatementEdited event,
      @Timestamp Instant at,
      TrackingToken token,
      @MessageIdentifier String id) {
    deliberations.of(event.projectId().value()).moderated(event, at, position(token));
    arrivals.applied(id);
  }

  @EventHandler
  void on(
      StatementWithdrawn event,
      @Timestamp Instant at,
      TrackingToken token,
      @MessageIdentifier String id) {
    deliberations.of(event.projectId().value()).moderated(event, at, position(token));
    arrivals.applied(id);
  }

  @EventHandler
  void on(StatementFlagged event, @Timestamp Instant at, TrackingToken token) {
    deliberations.of(event.projectId().value()).flagged(event, at, position(token));
  }

  @EventHandler
  void on(ParticipantImported event, TrackingToken token) {
    deliberations.of(event.projectId().value()).imported(event, position(token));
  }

  @EventHandler
  void on(VoteCast event, TrackingToken token) {
    deliberations.of(event.projectId().value()).voted(event, position(token));
  }

  @ResetHandler
  void reset() {
    deliberations.clear();
  }

  private static long position(TrackingToken token) {
    return token.position().orElse(-1);
  }
}
