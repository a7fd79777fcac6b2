package org.deliberation.web.deliberation.topic;

/** A statement quoted in a topic's summary: verbatim, with its id and its votes, so a report can cite it. */
public record TopicQuote(String statement, String text, int agree, int disagree, int pass) {}
