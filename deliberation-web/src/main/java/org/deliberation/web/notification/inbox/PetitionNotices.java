package org.deliberation.web.notification.inbox;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.deliberation.core.follow.FollowTarget;
import org.deliberation.core.petition.ThresholdName;
import org.deliberation.core.petition.event.PetitionAnswered;
import org.deliberation.core.petition.event.PetitionClosed;
import org.deliberation.core.petition.event.PetitionHidden;
import org.deliberation.core.petition.event.PetitionOpened;
import org.deliberation.core.petition.event.PetitionRestored;
import org.deliberation.core.petition.event.ProjectOpenedFromPetition;
import org.deliberation.core.petition.event.ThresholdReached;
import org.deliberation.web.notification.follow.FollowProjection;
import org.springframework.stereotype.Component;

/**
 * What a petition's followers are told (its thresholds, its answer, the wikiproject opened from it, its closing), and
 * what its opener is told of its moderation. In the notifications' processing group, beside {@link
 * NotificationProjection}, whose addressing it uses; signatures themselves tell no one and are skipped by their type.
 */
@Component
@ProcessingGroup(FollowProjection.GROUP)
class PetitionNotices {

  private final NotificationProjection notifications;
  private final NotificationStore store;

  PetitionNotices(NotificationProjection notifications, NotificationStore store) {
    this.notifications = notifications;
    this.store = store;
  }

  @EventHandler
  void on(PetitionOpened event) {
    var target = petition(event);
    store.target(target, event.title(), event.language().name());
    // The opener is told of the moderation of their petition, as an author is of their statement's.
    store.statement(target, event.openedBy(), "");
  }

  @EventHandler
  void on(ThresholdReached event, @Timestamp Instant at, TrackingToken token, ReplayStatus replay) {
    var kind =
        event.name() == ThresholdName.AGENDA
            ? NotificationKind.PETITION_ON_AGENDA
            : NotificationKind.PETITION_RESPONSE_DUE;
    var notice =
        notifications.notice(
            token, kind, at, petition(event), null, Integer.toString(event.signatures()));
    store.publish(notice);
    // A count crossing a line is no one's act: every follower is told, the last signer too.
    notifications.toFollowers(notice, null, replay);
  }

  @EventHandler
  void on(PetitionAnswered event, @Timestamp Instant at, TrackingToken token, ReplayStatus replay) {
    var notice =
        notifications.notice(token, NotificationKind.PETITION_ANSWERED, at, petition(event), null);
    store.publish(notice);
    notifications.toFollowers(notice, event.answeredBy(), replay);
  }

  @EventHandler
  void on(
      ProjectOpenedFromPetition event,
      @Timestamp Instant at,
      TrackingToken token,
      ReplayStatus replay) {
    var notice =
        notifications.notice(
            token, NotificationKind.PETITION_PROJECT_OPENED, at, petition(event), null);
    store.publish(notice);
    notifications.toFollowers(notice, event.openedBy(), replay);
  }

  @EventHandler
  void on(PetitionClosed event, @Timestamp Instant at, TrackingToken token, ReplayStatus replay) {
    var notice =
        notifications.notice(token, NotificationKind.PETITION_CLOSED, at, petition(event), null);
    store.publish(notice);
    notifications.toFollowers(notice, event.closedBy(), replay);
  }

  @EventHandler
  void on(PetitionHidden event, @Timestamp Instant at, TrackingToken token) {
    var target = petition(event);
    var notice =
        notifications.notice(
            token, NotificationKind.PETITION_HIDDEN, at, target, null, event.reason());
    notifications.toOne(store.author(target), notice, event.moderator());
  }

  @EventHandler
  void on(PetitionRestored event, @Timestamp Instant at, TrackingToken token) {
    var target = petition(event);
    var notice =
        notifications.notice(
            token, NotificationKind.PETITION_RESTORED, at, target, null, event.reason());
    notifications.toOne(store.author(target), notice, event.moderator());
  }

  private static String petition(org.deliberation.core.petition.event.PetitionEvent event) {
    return FollowTarget.petition(event.petitionId().value()).key();
  }
}
