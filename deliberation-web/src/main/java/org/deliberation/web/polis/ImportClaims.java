package org.deliberation.web.polis;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.deliberation.web.platform.eventstore.WriteBarrier;
import org.springframework.stereotype.Component;

/**
 * The {@code polis_imports} collection: at most one import per project, claimed atomically. The document's
 * {@code _id} is the project's id, so of two simultaneous claims MongoDB's unique {@code _id} lets exactly one insert
 * succeed, on every store (the embedded one honours {@code _id} uniqueness, and neither needs a transaction).
 *
 * <p>A claim stays after its import ends: it is how the project shows its import, and a project holds one imported
 * conversation. Blocking; thread safe.
 */
@Component
public class ImportClaims {

  private final MongoCollection<Document> claims;
  private final WriteBarrier barrier;
  private final Clock clock;

  public ImportClaims(MongoDatabase database, WriteBarrier barrier, Clock clock) {
    this.claims =
        database
            .getCollection("polis_imports")
            .withWriteConcern(WriteConcern.MAJORITY.withJournal(true));
    this.barrier = barrier;
    this.clock = clock;
  }

  /** The import that holds a project, and since when. */
  public record Holder(String job, Instant claimedAt) {}

  /**
   * Claims the project for a job.
   *
   * @return empty when the claim is granted, else the import that holds the project
   */
  public Optional<Holder> claim(String project, String job) {
    try {
      claims.insertOne(
          new Document("_id", project)
              .append("job", job)
              .append("claimedAt", Date.from(clock.instant())));
      barrier.afterWrite();
      return Optional.empty();
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
      return holder(project).or(() -> claim(project, job)); // released in between: try again
    }
  }

  /** Moves the claim from a job that never started (its node died before recording it) to another, atomically. */
  public boolean takeOver(String project, String from, String to) {
    boolean moved =
        claims
                .updateOne(
                    and(eq("_id", project), eq("job", from)),
                    Updates.combine(
                        Updates.set("job", to),
                        Updates.set("claimedAt", Date.from(clock.instant()))))
                .getModifiedCount()
            == 1;
    barrier.afterWrite();
    return moved;
  }

  /** Gives up a claim this job holds, for an import refused after claiming. */
  public void release(String project, String job) {
    claims.deleteOne(and(eq("_id", project), eq("job", job)));
    barrier.afterWrite();
  }

  public Optional<Holder> holder(String project) {
    return Optional.ofNullable(claims.find(eq("_id", project)).first())
        .map(
            document ->
                new Holder(document.getString("job"), document.getDate("claimedAt").toInstant()));
  }
}
