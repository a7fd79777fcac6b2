package org.deliberation.search;

import org.jspecify.annotations.Nullable;

/**
 * One result of a search.
 *
 * @param project the project's id; null for a petition
 * @param id the document's {@link IndexDocument#id()}
 * @param title plain text, to be escaped by whoever shows it
 * @param snippet HTML: the text around the best match, escaped, with matching words in {@code <mark>…</mark>}
 */
public record SearchHit(
    DocumentType type,
    @Nullable String project,
    String id,
    String title,
    String snippet,
    float score) {}
