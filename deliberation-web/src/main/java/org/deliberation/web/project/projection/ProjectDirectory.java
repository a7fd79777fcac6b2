package org.deliberation.web.project.projection;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.deliberation.core.common.ConflictException;
import org.deliberation.core.common.ProjectId;
import org.deliberation.web.platform.eventstore.WriteBarrier;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Project slugs: unique, reserved before the project is created (the {@code _id} of a reservation is the slug, so the
 * store refuses a second one), and resolved back to project ids for URLs that name a project by its slug.
 */
@Component
public class ProjectDirectory {

  static final String SLUGS = "project_slugs";

  private final MongoCollection<Document> slugs;
  private final WriteBarrier barrier;

  public ProjectDirectory(MongoDatabase database, WriteBarrier barrier) {
    this.slugs = database.getCollection(SLUGS);
    this.barrier = barrier;
  }

  /** Reserves a slug; fails with a conflict when another project holds it. */
  public Mono<Void> reserve(String slug, ProjectId project) {
    return Mono.from(slugs.insertOne(new Document("_id", slug).append("project", project.value())))
        .onErrorMap(
            MongoWriteException.class,
            e ->
                e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY
                    ? new ConflictException(
                        "The address '"
                            + slug
                            + "' is taken by another project. Choose another slug.")
                    : e)
        .then(Mono.fromRunnable(barrier::afterWrite).subscribeOn(Schedulers.boundedElastic()))
        .then();
  }

  public Mono<Boolean> isTaken(String slug) {
    return Mono.from(slugs.find(eq("_id", slug)).first()).hasElement();
  }

  public Mono<Void> release(String slug, ProjectId project) {
    return Mono.from(slugs.deleteOne(new Document("_id", slug).append("project", project.value())))
        .then();
  }

  /** The project a slug names, if any. */
  public Mono<ProjectId> bySlug(String slug) {
    return Mono.from(slugs.find(eq("_id", slug)).first())
        .map(document -> new ProjectId(document.getString("project")));
  }
}
