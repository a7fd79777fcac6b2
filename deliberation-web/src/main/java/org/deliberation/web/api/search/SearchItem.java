package org.deliberation.web.api.search;

/**
 * One search result.
 *
 * @param type {@code project}, {@code page}, {@code statement} or {@code viewpoint}
 * @param id the project's id, the page's name (with its section's anchor, {@code costs#budget}), or the statement's id
 * @param snippet the matching words in context, marked with {@code <mark>}; the rest is HTML-escaped
 */
public record SearchItem(String type, String project, String id, String title, String snippet, double score) {}
