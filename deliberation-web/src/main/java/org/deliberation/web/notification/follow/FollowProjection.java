package org.deliberation.web.notification.follow;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.deliberation.core.follow.event.FollowStarted;
import org.deliberation.core.follow.event.FollowStopped;
import org.deliberation.core.participant.event.ParticipantErased;
import org.deliberation.web.platform.axon.Projection;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * The {@code follows} read model: one document per follow, keyed by the follow's identifier. It shares its processing
 * group with the notifications, so that a stage change after a follow is always notified to that follower: both see
 * the events in one order. Idempotent (a replace or a delete by key); erasure deletes the participant's follows.
 */
@Component
@ProcessingGroup(FollowProjection.GROUP)
public class FollowProjection {

  /** The processing group of every handler of notifications. */
  public static final String GROUP = "notifications";

  static final String COLLECTION = "follows";

  /** Declares the notifications' projection to the Axon wiring. */
  @Bean
  static Projection notificationsDeclared() {
    return Projection.stored(GROUP);
  }

  private final MongoCollection<Document> follows;

  public FollowProjection(MongoDatabase database) {
    this.follows = database.getCollection(COLLECTION);
  }

  @EventHandler
  void on(FollowStarted event) {
    var id = event.followId().toString();
    follows.replaceOne(
        eq("_id", id),
        new Document("_id", id)
            .append("participant", event.participant().value())
            .append("target", event.target().key())
            .append("email", event.email()),
        new ReplaceOptions().upsert(true));
  }

  @EventHandler
  void on(FollowStopped event) {
    follows.deleteOne(eq("_id", event.followId().toString()));
  }

  @EventHandler
  void on(ParticipantErased event) {
    follows.deleteMany(eq("participant", event.participantId().value()));
  }

  @ResetHandler
  void reset() {
    // Emptied rather than dropped, so that a real MongoDB keeps the index Followers made.
    follows.deleteMany(new org.bson.Document());
  }
}
