package org.deliberation.search;

/**
 * One result of a search.
 *
 * @param id the document's {@link IndexDocument#id()}
 * @param title plain text, to be escaped by whoever shows it
 * @param snippet HTML: the text around the best match, escaped, with matching words in {@code <mark>…</mark>}
 */
public record SearchHit(
    DocumentType type, String project, String id, String title, String snippet, float score) {}
