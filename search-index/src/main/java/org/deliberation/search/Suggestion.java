package org.deliberation.search;

/**
 * A title to complete what is being typed, and the document it belongs to.
 *
 * @param title plain text, to be escaped by whoever shows it
 */
public record Suggestion(String title, DocumentType type, String project, String id) {}
