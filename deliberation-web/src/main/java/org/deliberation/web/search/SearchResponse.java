package org.deliberation.web.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page of search results.
 *
 * @param total how many documents match over all pages
 * @param next the cursor of the next page, absent on the last one
 */
public record SearchResponse(
    long total, List<SearchItem> items, SearchFacets facets, @Nullable String next) {

  public SearchResponse {
    items = List.copyOf(items);
  }
}
