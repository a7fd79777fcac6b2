package org.deliberation.web.project.projection;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.deliberation.core.markdown.MarkdownRenderer;
import org.deliberation.core.page.event.PageEvent;
import org.deliberation.core.project.event.ProjectCreated;
import org.deliberation.core.project.event.ResponsePublished;
import org.deliberation.core.project.event.StageChanged;
import org.deliberation.core.readability.Formula;
import org.deliberation.core.readability.ReadabilityScorer;
import org.deliberation.web.platform.axon.Projection;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * The {@code projects} read model: one document per project with its stage, its pages and its activity, for the
 * project list and the project's page index. Every handler is idempotent (a set or an add-to-set keyed by the
 * event), so replaying an event after a crash changes nothing; a reset drops the collection and replays.
 */
@Component
@ProcessingGroup(ProjectProjection.GROUP)
public class ProjectProjection {

  public static final String GROUP = "projects";

  /** Declares this projection to the Axon wiring. */
  @Bean
  static Projection projectsDeclared() {
    return Projection.stored(GROUP);
  }

  private final MongoCollection<Document> projects;
  private final MongoCollection<Document> slugs;

  private final ReadabilityScorer readability;

  public ProjectProjection(MongoDatabase database, ReadabilityScorer readability) {
    this.projects = database.getCollection(ProjectQueries.COLLECTION);
    this.readability = readability;
    this.slugs = database.getCollection(ProjectDirectory.SLUGS);
  }

  @EventHandler
  void on(ProjectCreated event, @Timestamp Instant at) {
    projects.replaceOne(
        eq("_id", event.projectId().value()),
        new Document("_id", event.projectId().value())
            .append("slug", event.slug())
            .append("title", event.title())
            .append("question", event.question())
            .append("authority", event.authority())
            .append("language", event.language().name())
            .append("stage", "DRAFT")
            .append("createdAt", Date.from(at))
            .append("updatedAt", Date.from(at))
            .append("pages", new Document()),
        new ReplaceOptions().upsert(true));
    // The slug was reserved before the command; on a rebuilt store, the event restores the
    // reservation.
    slugs.replaceOne(
        eq("_id", event.slug()),
        new Document("_id", event.slug()).append("project", event.projectId().value()),
        new ReplaceOptions().upsert(true));
  }

  @EventHandler
  void on(StageChanged event, @Timestamp Instant at) {
    projects.updateOne(
        eq("_id", event.projectId().value()),
        Updates.combine(
            Updates.set("stage", event.to().name()), Updates.set("updatedAt", Date.from(at))));
  }

  @EventHandler
  void on(ResponsePublished event, @Timestamp Instant at) {
    projects.updateOne(
        eq("_id", event.projectId().value()),
        Updates.combine(
            Updates.addToSet("responseIds", event.responseId()),
            Updates.set("updatedAt", Date.from(at))));
  }

  // Page names are [a-z0-9-], so they are safe as field names: pages.<name> = {title, revision,
  // updatedAt, readabilityScore, readabilityLevel}. The score is the latest revision's, in the
  // project's language (a few milliseconds for a full page): the project page marks hard pages
  // without reading them.
  @EventHandler
  void on(PageEvent event, @Timestamp Instant at) {
    var field = "pages." + event.pageId().name();
    var project =
        projects
            .find(eq("_id", event.pageId().project().value()))
            .projection(Projections.include("language"))
            .first();
    var language = project == null ? "en" : project.getString("language");
    var measured =
        readability.ofMarkdown(event.markdown(), Formula.forLanguage(String.valueOf(language)));
    projects.updateOne(
        eq("_id", event.pageId().project().value()),
        Updates.combine(
            Updates.set(field + ".title", MarkdownRenderer.firstHeading(event.markdown())),
            Updates.set(field + ".revision", event.revision()),
            Updates.set(field + ".readabilityScore", measured.score()),
            Updates.set(
                field + ".readabilityLevel",
                measured.level() == null ? null : measured.level().name()),
            Updates.set(field + ".updatedAt", Date.from(at)),
            Updates.set("updatedAt", Date.from(at))));
  }

  @ResetHandler
  void reset() {
    projects.drop();
  }
}
