package org.deliberation.web.activity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One change on the site. A vote says on what, not by whom; an edit or a statement names its author as the pages do.
 *
 * @param type the event, such as {@code PageEdited}, {@code StatementPosted} or {@code StageChanged}
 * @param summary a line a person can read: the page and revision, the statement's first words, the new stage
 * @param author who wrote the edit or the statement: their display name, or "a former participant" once they erased
 *     their personal data; null for other changes, and for an imported statement, whose author has no account here
 */
public record ActivityItem(
    long position,
    Instant at,
    ActivityType type,
    String project,
    @Nullable String page,
    @Nullable String statement,
    String summary,
    @Nullable String author) {}
