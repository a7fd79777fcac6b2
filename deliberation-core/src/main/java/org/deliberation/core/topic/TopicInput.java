package org.deliberation.core.topic;

/** A statement as the topic engine reads it: its id and its text, in the order statements were posted. */
public record TopicInput(String statement, String text) {}
