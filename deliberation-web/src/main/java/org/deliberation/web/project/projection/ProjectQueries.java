package org.deliberation.web.project.projection;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import org.bson.Document;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.readability.ReadingLevel;
import org.deliberation.web.platform.http.BadRequestException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads of the {@code projects} read model. */
@Component
public class ProjectQueries {

  static final String COLLECTION = "projects";

  private final MongoCollection<Document> projects;

  public ProjectQueries(MongoDatabase database) {
    this.projects = database.getCollection(COLLECTION);
  }

  /**
   * Projects, most recently created first. The cursor is the offset, opaque to clients; projects are few (one per
   * public decision), so an offset stays cheap.
   */
  public Mono<ProjectPage> list(int limit, @Nullable String cursor) {
    int offset = decode(cursor);
    return Flux.from(
            projects
                .find()
                .sort(Sorts.orderBy(Sorts.descending("createdAt"), Sorts.ascending("_id")))
                .skip(offset)
                .limit(limit + 1))
        .map(ProjectQueries::summary)
        .collectList()
        .map(
            found ->
                found.size() > limit
                    ? new ProjectPage(found.subList(0, limit), encode(offset + limit))
                    : new ProjectPage(found, null));
  }

  /** The pages of a project, by name. */
  public Mono<List<PageEntry>> pages(ProjectId project) {
    return Mono.from(projects.find(eq("_id", project.value())).first())
        .map(ProjectQueries::pages)
        .defaultIfEmpty(List.of());
  }

  private static List<PageEntry> pages(Document project) {
    var pages = project.get("pages", Document.class);
    var entries = new ArrayList<PageEntry>();
    if (pages != null) {
      pages.forEach(
          (name, value) -> {
            var page = (Document) value;
            entries.add(
                new PageEntry(
                    name,
                    page.getString("title") == null || page.getString("title").isBlank()
                        ? name
                        : page.getString("title"),
                    page.getInteger("revision", 1),
                    page.getDate("updatedAt").toInstant(),
                    page.getDouble("readabilityScore"),
                    level(page.getString("readabilityLevel")),
                    false));
          });
    }
    entries.sort(Comparator.comparing(PageEntry::name));
    return entries;
  }

  // A level this version does not know (written by a newer one) reads as none rather than failing
  // the page.
  private static @Nullable ReadingLevel level(@Nullable String name) {
    if (name == null) {
      return null;
    }
    try {
      return ReadingLevel.valueOf(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static ProjectSummaryView summary(Document document) {
    var pages = document.get("pages", Document.class);
    return new ProjectSummaryView(
        document.getString("_id"),
        document.getString("slug"),
        document.getString("title"),
        document.getString("question"),
        document.getString("authority"),
        document.getString("language"),
        document.getString("stage"),
        pages == null ? 0 : pages.size(),
        document.getDate("createdAt").toInstant(),
        document.getDate("updatedAt").toInstant());
  }

  private static String encode(int offset) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("o:" + offset).getBytes(StandardCharsets.UTF_8));
  }

  private static int decode(@Nullable String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return 0;
    }
    try {
      var text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (text.startsWith("o:")) {
        int offset = Integer.parseInt(text.substring(2));
        if (offset >= 0) {
          return offset;
        }
      }
    } catch (IllegalArgumentException e) {
      // falls through to the refusal
    }
    throw new BadRequestException(
        "cursor", "This cursor is not one the server gave; start again without it.");
  }
}
