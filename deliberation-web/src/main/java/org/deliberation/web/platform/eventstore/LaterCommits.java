package org.deliberation.web.platform.eventstore;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Projections.include;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

/**
 * Whether an aggregate changed after a version: one exact look-up of the key its next commit would have ({@code
 * <aggregateId>@<version + 1>}), so its cost does not grow with the aggregate's history or the store. Nodes that share
 * a store ask it before trusting an aggregate they cached.
 */
public final class LaterCommits {

  private final MongoCollection<Document> commits;

  public LaterCommits(MongoDatabase database) {
    this.commits = database.getCollection("event_commits");
  }

  /** Whether a commit of the aggregate starts right after {@code version}, its last sequence number known here. */
  public boolean after(String aggregateId, long version) {
    return commits
            .find(eq("_id", CommitDocuments.commitKey(aggregateId, version + 1)))
            .projection(include("_id"))
            .first()
        != null;
  }
}
