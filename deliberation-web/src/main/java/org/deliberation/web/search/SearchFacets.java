package org.deliberation.web.search;

import java.util.Map;

/** How many of all the matching documents are of each type and in each project, most first. */
public record SearchFacets(Map<String, Long> types, Map<String, Long> projects) {}
