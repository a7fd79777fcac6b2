package org.deliberation.web.search;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.deliberation.core.project.Stage;
import org.deliberation.core.statement.Stance;
import org.deliberation.search.BadQueryException;
import org.deliberation.search.DocumentType;
import org.deliberation.search.SearchHit;
import org.deliberation.search.SearchIndex;
import org.deliberation.search.SearchQuery;
import org.deliberation.search.SearchResults;
import org.deliberation.web.deliberation.live.Deliberations;
import org.deliberation.web.deliberation.live.StatementLookup;
import org.deliberation.web.deliberation.live.StatementView;
import org.deliberation.web.platform.axon.ProjectionStatuses;
import org.deliberation.web.platform.http.BadRequestException;
import org.deliberation.web.platform.http.EnumParameter;
import org.deliberation.web.project.projection.Projects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Search, suggestions and near-duplicates, answered by this node's index, for the API and the search page alike.
 */
@Service
public class SearchService {

  private final SearchIndex index;
  private final Projects projects;
  private final Deliberations deliberations;
  private final StatementLookup lookup;
  private final ProjectionStatuses statuses;

  public SearchService(
      SearchIndex index,
      Projects projects,
      Deliberations deliberations,
      StatementLookup lookup,
      ProjectionStatuses statuses) {
    this.index = index;
    this.projects = projects;
    this.deliberations = deliberations;
    this.lookup = lookup;
    this.statuses = statuses;
  }

  public Mono<SearchResponse> search(
      @Nullable String q,
      @Nullable String project,
      @Nullable List<String> type,
      @Nullable String stance,
      @Nullable String stage,
      @Nullable String lang,
      @Nullable String topic,
      int limit,
      @Nullable String cursor) {
    if (q == null || q.isBlank()) {
      throw new BadRequestException("q", "Type what you are looking for in 'q'.");
    }
    boolean oneProject = project != null && !project.isBlank();
    var wantedTopic = topic == null || topic.isBlank() ? null : topic.strip();
    if (wantedTopic != null && !oneProject) {
      // Topic ids are per project ("t1" in every project): without the project, one means nothing.
      throw new BadRequestException(
          "topic",
          "Topics belong to one project: add 'project' (its id or slug) to search one of its"
              + " topics.");
    }
    if (lang != null && !lang.equals("en") && !lang.equals("fr")) {
      // Both analyses are always searched, so a query in either language finds both; lang only has
      // to be valid.
      throw new BadRequestException("lang", "The languages are 'en' and 'fr', not '" + lang + "'.");
    }
    var types = types(type);
    var wantedStance = stance == null ? null : EnumParameter.parse(Stance.class, "stance", stance);
    var wantedStage = stage == null ? null : EnumParameter.parse(Stage.class, "stage", stage);
    return projectFilter(project, wantedStage)
        .flatMap(
            scope -> {
              if (scope.isPresentButEmpty()) {
                var none = new SearchFacets(Map.of(), Map.of(), oneProject ? List.of() : null);
                return Mono.just(new SearchResponse(0, List.of(), none, null));
              }
              return blocking(
                  () -> {
                    var query =
                        new SearchQuery(
                            q, scope.ids(), types, wantedStance, wantedTopic, limit, cursor);
                    return response(index.search(query), oneProject, this::author);
                  });
            });
  }

  public Mono<ItemsResponse<SuggestionItem>> suggest(@Nullable String q, int limit) {
    if (q == null || q.isBlank()) {
      return Mono.just(new ItemsResponse<>(List.of()));
    }
    return blocking(
        () ->
            new ItemsResponse<>(
                index.suggest(q, limit).stream()
                    .map(s -> new SuggestionItem(s.title(), s.type().value(), s.project(), s.id()))
                    .toList()));
  }

  public Mono<ItemsResponse<SimilarItem>> similar(String id, String sid, int limit) {
    return lookup
        .project(id)
        .flatMap(project -> lookup.statement(project, sid, false))
        .flatMap(
            statement ->
                blocking(
                    () ->
                        new ItemsResponse<>(
                            index.similar(sid, limit).stream()
                                .map(
                                    s ->
                                        new SimilarItem(
                                            s.id(), s.type().value(), s.text(), s.similarity()))
                                .toList())));
  }

  public Mono<SearchStatus> status() {
    // Reading the event store's head is a blocking query: never on the HTTP server's event loop,
    // which the other
    // connections on it (in tests, the client's too) would wait behind.
    return blocking(this::currentStatus);
  }

  private SearchStatus currentStatus() {
    var status = statuses.of(SearchProjection.GROUP).orElse(null);
    if (status == null) {
      return new SearchStatus("CATCHING_UP", 0, statuses.head(), 0);
    }
    var state =
        switch (status.state()) {
          case CAUGHT_UP -> "READY";
          case STALLED -> "STALLED";
          // Never held by another node: the index keeps its own position, on each node.
          case CATCHING_UP, HELD_ELSEWHERE -> index.rebuilding() ? "REBUILDING" : "CATCHING_UP";
        };
    return new SearchStatus(
        state, status.position(), status.position() + status.lag(), status.parked());
  }

  /** The projects a search is limited to: one named project, the projects in a stage, both, or all. */
  private record Scope(Set<String> ids, boolean filtered) {

    boolean isPresentButEmpty() {
      return filtered && ids.isEmpty();
    }
  }

  private Mono<Scope> projectFilter(@Nullable String project, @Nullable Stage stage) {
    var inStage = stage == null ? null : deliberations.inStage(stage);
    if (project == null || project.isBlank()) {
      return Mono.just(inStage == null ? new Scope(Set.of(), false) : new Scope(inStage, true));
    }
    return projects
        .resolve(project)
        .map(
            id -> {
              var ids = new HashSet<>(Set.of(id.value()));
              if (inStage != null) {
                ids.retainAll(inStage);
              }
              return new Scope(ids, true);
            });
  }

  private static Set<DocumentType> types(@Nullable List<String> values) {
    var types = EnumSet.noneOf(DocumentType.class);
    if (values != null) {
      for (var value : values) {
        for (var name : value.split("[,|]")) {
          if (!name.isBlank()) {
            types.add(DocumentType.fromValue(name.strip().toLowerCase(Locale.ROOT)));
          }
        }
      }
    }
    return types;
  }

  private static SearchResponse response(
      SearchResults results, boolean oneProject, Function<SearchHit, @Nullable String> author) {
    var types = new LinkedHashMap<String, Long>();
    results.types().forEach((type, count) -> types.put(type.value(), count));
    return new SearchResponse(
        results.total(),
        results.items().stream()
            .map(
                hit ->
                    new SearchItem(
                        hit.type().value(),
                        hit.project(),
                        hit.id(),
                        hit.title(),
                        hit.snippet(),
                        hit.score(),
                        author.apply(hit)))
            .toList(),
        new SearchFacets(types, results.projects(), oneProject ? results.topics() : null),
        results.next());
  }

  /**
   * A statement's author as its project shows it (display name, or "a former participant"): the index keeps no name,
   * so an erasure changes no document there.
   */
  private @Nullable String author(SearchHit hit) {
    if (hit.type() != DocumentType.STATEMENT && hit.type() != DocumentType.VIEWPOINT) {
      return null;
    }
    return deliberations
        .find(hit.project())
        .flatMap(project -> project.statement(hit.id(), false))
        .map(StatementView::authorName)
        .orElse(null);
  }

  /** Lucene blocks: it runs on the threads meant for that. A {@link BadQueryException} is a 400 like anywhere. */
  private static <T> Mono<T> blocking(Callable<T> work) {
    return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
  }
}
