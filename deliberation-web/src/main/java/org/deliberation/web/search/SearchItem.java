package org.deliberation.web.search;

import org.jspecify.annotations.Nullable;

/**
 * One search result.
 *
 * @param type {@code project}, {@code page}, {@code statement}, {@code viewpoint} or {@code petition}
 * @param project the project's id; null for a petition, which is addressed to an authority, not in a project
 * @param id the project's id, the page's name (with its section's anchor, {@code costs#budget}), or the statement's or the petition's id
 * @param snippet the matching words in context, marked with {@code <mark>}; the rest is HTML-escaped
 * @param author for a statement or a viewpoint, the name shown beside it on its project's page: its author's display
 *     name, or "a former participant" once they erased their personal data; null otherwise
 */
public record SearchItem(
    String type,
    @Nullable String project,
    String id,
    String title,
    String snippet,
    double score,
    @Nullable String author) {}
