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
  private final ProjectViewCache cache;
  private final Cache<ProjectId, String> languages =
      Caffeine.newBuilder().maximumSize(LANGUAGES_KEPT).build();

  // An id or slug once seen naming a project names it for good (neither ever changes); a slug
  // enters only from its project's events, never from a reservation whose project may not follow.
  private final Cache<String, ProjectId> names =
      Caffeine.newBuilder().maximumSize(LANGUAGES_KEPT).build();

  public Projects(
      EventStreams streams,
      ProjectDirectory directory,
      ProjectQueries queries,
      ProjectViewCache cache,
      MarkdownRenderer markdown) {
    this.streams = streams;
    this.cache = cache;
    this.directory = directory;
    this.queries = queries;
    this.history = new ProjectHistory(markdown);
  }

  /** The project an id or a slug names; a 404 problem when none does. */
  public Mono<ProjectId> resolve(String idOrSlug) {
    if (idOrSlug.isBlank() || idOrSlug.length() > 100) {
      return Mono.error(notFound(idOrSlug));
    }
    var known = names.getIfPresent(idOrSlug);
    if (known != null) {
      return Mono.just(known);
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
                        .map(
                            events -> {
                              var id = new ProjectId(idOrSlug);
                              names.put(idOrSlug, id);
                              return id;
                            })))
        .switchIfEmpty(Mono.error(() -> notFound(idOrSlug)));
  }

  /** The project an id or a slug names, as it stands now; a 404 problem when none does. */
  public Mono<ProjectView> read(String idOrSlug) {
    return resolve(idOrSlug).flatMap(this::view);
  }

  /** The project's view, from this node's cache when it holds one that is current. */
  public Mono<ProjectView> view(ProjectId id) {
    var kept = cache.get(id);
    if (kept != null) {
      return Mono.just(kept);
    }
    var ticket = cache.ticket();
    return streams
        .read(id.value())
        .zipWith(queries.pages(id))
        .flatMap(
            eventsAndPages -> {
              var events = eventsAndPages.getT1();
              var view = history.fold(events, eventsAndPages.getT2());
              view.ifPresent(
                  found -> {
                    names.put(found.id(), id);
                    names.put(found.slug(), id);
                    cache.offer(
                        id,
                        new ProjectViewCache.Loaded(found, events.getLast().getSequenceNumber()),
                        ticket);
                  });
              return Mono.justOrEmpty(view);
            })
        .switchIfEmpty(Mono.error(() -> notFound(id.value())));
  }

  /** The project's view right after this node changed it: never what was kept before the change. */
  public Mono<ProjectView> viewAfterChange(ProjectId id) {
    return Mono.defer(
        () -> {
          cache.forget(id);
          return view(id);
        });
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
