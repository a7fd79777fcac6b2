package org.deliberation.web.search;

import java.util.List;
import java.util.Map;
import org.deliberation.search.TopicCount;
import org.jspecify.annotations.Nullable;

/**
 * How many of all the matching documents are of each type, in each project and, for a search of one project, in
 * each of its topics; most first.
 *
 * @param topics most first, then by id; absent unless the search names a project, whose topic ids these are
 */
public record SearchFacets(
    Map<String, Long> types, Map<String, Long> projects, @Nullable List<TopicCount> topics) {

  public SearchFacets {
    topics = topics == null ? null : List.copyOf(topics);
  }
}
