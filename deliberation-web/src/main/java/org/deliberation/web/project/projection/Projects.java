package org.deliberation.web.project.projection;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.deliberation.core.common.NotFoundException;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.markdown.MarkdownRenderer;
import org.deliberation.core.project.event.ProjectCreated;
import org.deliberation.web.platform.eventstore.EventStreams;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Finds a project by id or slug, and reads its current view. Shared by every resource under a project. */
@Component
public class Projects {

  private static final int LANGUAGES_KEPT = 10_000;

  private final EventStreams streams;
  private final ProjectDirectory directory;
  private final ProjectQueries queries;
  private final ProjectHistory history;
  private final Cache<ProjectId, String> languages =
      Caffeine.newBuilder().maximumSize(LANGUAGES_KEPT).build();

  public Projects(
      EventStreams streams,
      ProjectDirectory directory,
      ProjectQueries queries,
      MarkdownRenderer markdown) {
    this.streams = streams;
    this.directory = directory;
    this.queries = queries;
    this.history = new ProjectHistory(markdown);
  }

  /** The project an id or a slug names; a 404 problem when none does. */
  public Mono<ProjectId> resolve(String idOrSlug) {
    if (idOrSlug.isBlank() || idOrSlug.length() > 100) {
      return Mono.error(notFound(idOrSlug));
    }
    return directory
        .bySlug(idOrSlug)
        .switchIfEmpty(
            Mono.defer(
                () ->
                    streams
                        .read(idOrSlug)
                        .filter(
                            events ->
                                !events.isEmpty() && "Project".equals(events.getFirst().getType()))
                        .map(events -> new ProjectId(idOrSlug))))
        .switchIfEmpty(Mono.error(() -> notFound(idOrSlug)));
  }

  /** The project an id or a slug names, as it stands now; a 404 problem when none does. */
  public Mono<ProjectView> read(String idOrSlug) {
    return resolve(idOrSlug).flatMap(this::view);
  }

  public Mono<ProjectView> view(ProjectId id) {
    return streams
        .read(id.value())
        .zipWith(queries.pages(id))
        .flatMap(
            eventsAndPages ->
                Mono.justOrEmpty(history.fold(eventsAndPages.getT1(), eventsAndPages.getT2())))
        .switchIfEmpty(Mono.error(() -> notFound(id.value())));
  }

  /**
   * The language a project is written in ({@code "en"}, {@code "fr"}), from its own events, so that a page read
   * the moment its project was created already knows it; English for a stream without a project. A project's
   * language never changes: once found it is kept, and a page read costs no read of the project's events.
   */
  public Mono<String> language(ProjectId id) {
    var known = languages.getIfPresent(id);
    if (known != null) {
      return Mono.just(known);
    }
    return streams
        .read(id.value())
        .map(
            events ->
                events.stream()
                    .map(event -> event.getPayload())
                    .filter(ProjectCreated.class::isInstance)
                    .map(created -> ((ProjectCreated) created).language().name())
                    .findFirst()
                    .map(
                        language -> {
                          languages.put(id, language);
                          return language;
                        })
                    .orElse("en"));
  }

  private static NotFoundException notFound(String idOrSlug) {
    return new NotFoundException(
        "There is no wikiproject '"
            + idOrSlug
            + "'. Check the address, or find it in "
            + "GET /api/projects.");
  }
}
