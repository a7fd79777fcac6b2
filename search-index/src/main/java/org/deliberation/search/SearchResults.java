package org.deliberation.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One page of results, with counts for the whole search.
 *
 * @param total how many documents match, over all pages
 * @param items this page, best first
 * @param types how many of the matching documents are of each type, most first
 * @param projects how many of the matching documents belong to each project, most first
 * @param topics how many of the matching documents are in each topic of the project, most first then by id, when
 *     the search is of one project; empty otherwise
 * @param next the cursor of the next page; null on the last one
 */
public record SearchResults(
    long total,
    List<SearchHit> items,
    Map<DocumentType, Long> types,
    Map<String, Long> projects,
    List<TopicCount> topics,
    @Nullable String next) {

  public SearchResults {
    items = List.copyOf(items);
    topics = List.copyOf(topics);
    // Copied in order: the counts are sorted, and Map.copyOf would lose it.
    types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
    projects = Collections.unmodifiableMap(new LinkedHashMap<>(projects));
  }
}
