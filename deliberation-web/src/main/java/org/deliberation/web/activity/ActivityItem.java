package org.deliberation.web.activity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One change on the site. A vote says on what, not by whom; an edit or a statement names its author as the pages do.
 *
 * @param type the event, such as {@code PageEdited}, {@code StatementPosted} or {@code StageChanged}
 * @param summary a line a person can read: the page and revision, the statement's first words, the new stage
 * @param project the project it happened in; null for a petition's change, which is in no project
 * @param author who wrote the edit, the statement or the petition: their display name, or "a former participant" once
 *     they erased their personal data; null for other changes, and for an imported statement, whose author has no
 *     account here
 * @param petition the petition it happened to; null for a project's change
 */
public record ActivityItem(
    long position,
    Instant at,
    ActivityType type,
    @Nullable String project,
    @Nullable String page,
    @Nullable String statement,
    String summary,
    @Nullable String author,
    @Nullable String petition) {

  /** A change in a project. */
  public ActivityItem(
      long position,
      Instant at,
      ActivityType type,
      String project,
      @Nullable String page,
      @Nullable String statement,
      String summary,
      @Nullable String author) {
    this(position, at, type, project, page, statement, summary, author, null);
  }

  ActivityItem withSummary(String summary) {
    return new ActivityItem(
        position, at, type, project, page, statement, summary, author, petition);
  }

  ActivityItem withAuthor(String author) {
    return new ActivityItem(
        position, at, type, project, page, statement, summary, author, petition);
  }

  /** What a moderation hides it by: its statement, or its petition; null when it is neither's. */
  @Nullable String concealedBy() {
    return statement != null ? statement : petition != null ? "petition:" + petition : null;
  }
}
