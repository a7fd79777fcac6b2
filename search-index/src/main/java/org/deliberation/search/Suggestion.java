package org.deliberation.search;

import org.jspecify.annotations.Nullable;

/**
 * A title to complete what is being typed, and the document it belongs to.
 *
 * @param title plain text, to be escaped by whoever shows it
 * @param project the project's id; null for a petition
 */
public record Suggestion(String title, DocumentType type, @Nullable String project, String id) {}
