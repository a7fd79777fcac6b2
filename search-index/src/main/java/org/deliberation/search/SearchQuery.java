package org.deliberation.search;

import java.util.Set;
import org.deliberation.core.statement.Stance;
import org.jspecify.annotations.Nullable;

/**
 * A search as a person asked it. Ids are plain strings, as they arrive over HTTP.
 *
 * @param text what was typed: words, {@code "phrases"}, {@code +word}, {@code -word}, {@code a | b}, {@code word*};
 *     checked when searched (see {@link SearchIndex#search})
 * @param projects only documents of these projects; empty for all
 * @param types only documents of these types; empty for all
 * @param stance only statements with this stance; null for any document
 * @param topic only statements and viewpoints in this topic of the latest generation; null for any document. Topic
 *     ids are per project, so it needs exactly one project; an unknown topic matches nothing
 * @param limit how many results per page, 1 to {@link #MAX_LIMIT}
 * @param cursor the {@link SearchResults#next()} of the previous page of the same search; null for the first page
 */
public record SearchQuery(
    String text,
    Set<String> projects,
    Set<DocumentType> types,
    @Nullable Stance stance,
    @Nullable String topic,
    int limit,
    @Nullable String cursor) {

  public static final int MAX_LIMIT = 100;
  public static final int DEFAULT_LIMIT = 20;

  /**
   * @throws BadQueryException when the limit is out of range, or a topic is asked for without exactly one project
   */
  public SearchQuery {
    projects = Set.copyOf(projects);
    types = Set.copyOf(types);
    if (topic != null && projects.size() != 1) {
      throw new BadQueryException(
          "topic",
          "Topics belong to one project: choose it with 'project' to search one of its topics.");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new BadQueryException(
          "limit", "Ask for between 1 and " + MAX_LIMIT + " results at a time, not " + limit + ".");
    }
  }

  /** A search of any topic. */
  public SearchQuery(
      String text,
      Set<String> projects,
      Set<DocumentType> types,
      @Nullable Stance stance,
      int limit,
      @Nullable String cursor) {
    this(text, projects, types, stance, null, limit, cursor);
  }

  /** The first page of a search of everything. */
  public static SearchQuery of(String text) {
    return new SearchQuery(text, Set.of(), Set.of(), null, DEFAULT_LIMIT, null);
  }

  /** The same search from another page. */
  public SearchQuery withCursor(@Nullable String next) {
    return new SearchQuery(text, projects, types, stance, topic, limit, next);
  }

  /** The same search in one topic of its one project. */
  public SearchQuery withTopic(@Nullable String wanted) {
    return new SearchQuery(text, projects, types, stance, wanted, limit, cursor);
  }
}
