package org.deliberation.web.notification.follow;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.follow.FollowId;
import org.deliberation.core.follow.FollowTarget;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads of the {@code follows} read model. The projection of notifications asks it from its own (blocking) thread; a
 * page asks whether its visitor follows, which is one read by key.
 */
@Component
public class Followers {

  private final MongoCollection<Document> follows;

  public Followers(MongoDatabase database) {
    this.follows = database.getCollection(FollowProjection.COLLECTION);
    // A real MongoDB uses it to find a target's followers; the embedded store scans (it indexes
    // unique keys only).
    follows.createIndex(Indexes.ascending("target"));
  }

  /** Everyone following this target now. */
  public List<Follower> of(FollowTarget target) {
    var found = new ArrayList<Follower>();
    for (var document : follows.find(eq("target", target.key()))) {
      var participant = new ParticipantId(document.getString("participant"));
      found.add(
          new Follower(
              new FollowId(participant, target),
              Boolean.TRUE.equals(document.getBoolean("email"))));
    }
    return found;
  }

  /** This follow, if it holds now. */
  public @Nullable Follower find(FollowId id) {
    var document = follows.find(eq("_id", id.toString())).first();
    return document == null
        ? null
        : new Follower(id, Boolean.TRUE.equals(document.getBoolean("email")));
  }
}
