package org.deliberation.search;

/**
 * How many of the matching documents are in one topic of the searched project.
 *
 * @param label the topic's label in the project's latest generation
 */
public record TopicCount(String id, String label, long count) {}
