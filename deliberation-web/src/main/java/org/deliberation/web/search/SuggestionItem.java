package org.deliberation.web.search;

/** A title to offer while someone types, with where it leads; {@code project} is null for a petition. */
public record SuggestionItem(
    String title, String type, @org.jspecify.annotations.Nullable String project, String id) {}
