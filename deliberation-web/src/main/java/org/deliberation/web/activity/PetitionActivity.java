package org.deliberation.web.activity;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.petition.event.PetitionAnswered;
import org.deliberation.core.petition.event.PetitionClosed;
import org.deliberation.core.petition.event.PetitionEvent;
import org.deliberation.core.petition.event.PetitionHidden;
import org.deliberation.core.petition.event.PetitionOpened;
import org.deliberation.core.petition.event.PetitionRestored;
import org.deliberation.core.petition.event.ProjectOpenedFromPetition;
import org.deliberation.core.petition.event.SignaturesInvalidated;
import org.deliberation.core.petition.event.ThresholdReached;
import org.deliberation.web.participant.AuthorNames;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The petitions' changes in the recent changes, in no project: opened (with its opener's name, as a statement's),
 * thresholds reached, answered, closed, a wikiproject opened from it, moderated, signatures invalidated. Signatures
 * themselves are not changes to show, like votes: they are skipped by their type name. A hidden petition's opening
 * loses its title in the backlog, as a hidden statement's posting loses its text.
 */
@Component
@ProcessingGroup(ActivityFeed.GROUP)
class PetitionActivity {

  private final ActivityFeed feed;
  private final AuthorNames names;

  PetitionActivity(ActivityFeed feed, AuthorNames names) {
    this.feed = feed;
    this.names = names;
  }

  @EventHandler
  void on(PetitionOpened event, @Timestamp Instant at, TrackingToken token) {
    add(
        event,
        at,
        token,
        "Petition to " + event.authorityName() + ": " + Summaries.shorten(event.title()),
        event.openedBy());
  }

  @EventHandler
  void on(ThresholdReached event, @Timestamp Instant at, TrackingToken token) {
    var line =
        event.name() == org.deliberation.core.petition.ThresholdName.AGENDA
            ? "on the agenda"
            : "an answer owed";
    add(event, at, token, "Petition reached " + event.signatures() + " signatures: " + line, null);
  }

  @EventHandler
  void on(PetitionAnswered event, @Timestamp Instant at, TrackingToken token) {
    add(event, at, token, "The authority answered a petition", null);
  }

  @EventHandler
  void on(PetitionClosed event, @Timestamp Instant at, TrackingToken token) {
    add(event, at, token, "Petition closed", null);
  }

  @EventHandler
  void on(ProjectOpenedFromPetition event, @Timestamp Instant at, TrackingToken token) {
    add(event, at, token, "A wikiproject opened from a petition", null);
  }

  @EventHandler
  void on(PetitionHidden event, @Timestamp Instant at, TrackingToken token) {
    feed.conceal(key(event));
    add(event, at, token, "petition hidden", null);
  }

  @EventHandler
  void on(PetitionRestored event, @Timestamp Instant at, TrackingToken token) {
    feed.reveal(key(event));
    add(event, at, token, "petition restored", null);
  }

  // Who was invalidated stays with the moderators, as for votes.
  @EventHandler
  void on(SignaturesInvalidated event, @Timestamp Instant at, TrackingToken token) {
    add(
        event,
        at,
        token,
        "Signatures of "
            + event.participants().size()
            + " accounts invalidated: "
            + Summaries.shorten(event.reason()),
        null);
  }

  private void add(
      PetitionEvent event,
      Instant at,
      TrackingToken token,
      String summary,
      @Nullable ParticipantId author) {
    feed.add(
        new ActivityItem(
            token.position().orElse(-1),
            at,
            ActivityType.of(event.getClass()),
            null,
            null,
            null,
            summary,
            author == null ? null : names.of(author),
            event.petitionId().value()),
        author);
  }

  private static String key(PetitionEvent event) {
    return "petition:" + event.petitionId().value();
  }
}
