package org.deliberation.web.activity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One change on the site. Names no person: a vote says on what, not by whom.
 *
 * @param type the event, such as {@code PageEdited}, {@code StatementPosted}, {@code VoteCast}, {@code StageChanged}
 * @param summary a line a person can read: the page and revision, the statement's first words, the new stage
 */
public record ActivityItem(long position, Instant at, String type, String project, @Nullable String page,
    @Nullable String statement, String summary) {}
