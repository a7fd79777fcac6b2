package org.deliberation.web.search;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Search, suggestions, near-duplicates and the index's progress over HTTP; the answers are {@link SearchService}'s. */
@RestController
public class SearchController {

  private final SearchService search;

  public SearchController(SearchService search) {
    this.search = search;
  }

  @GetMapping("/api/search")
  public Mono<SearchResponse> search(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable String project,
      @RequestParam(required = false) @Nullable List<String> type,
      @RequestParam(required = false) @Nullable String stance,
      @RequestParam(required = false) @Nullable String stage,
      @RequestParam(required = false) @Nullable String lang,
      @RequestParam(required = false) @Nullable String topic,
      @RequestParam(defaultValue = "20") int limit,
      @RequestParam(required = false) @Nullable String cursor) {
    return search.search(q, project, type, stance, stage, lang, topic, limit, cursor);
  }

  @GetMapping("/api/search/suggest")
  Mono<ItemsResponse<SuggestionItem>> suggest(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(defaultValue = "10") int limit) {
    return search.suggest(q, limit);
  }

  @GetMapping("/api/projects/{id}/statements/{sid}/similar")
  Mono<ItemsResponse<SimilarItem>> similar(
      @PathVariable String id,
      @PathVariable String sid,
      @RequestParam(defaultValue = "20") int limit) {
    return search.similar(id, sid, limit);
  }

  @GetMapping("/api/search/status")
  Mono<SearchStatus> status() {
    return search.status();
  }
}
