package org.deliberation.web.search;

/** A title to offer while someone types, with where it leads. */
public record SuggestionItem(String title, String type, String project, String id) {}
