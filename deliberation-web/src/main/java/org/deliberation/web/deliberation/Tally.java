package org.deliberation.web.deliberation;

/** Agree, disagree and pass counts. */
public record Tally(int agree, int disagree, int pass) {}
