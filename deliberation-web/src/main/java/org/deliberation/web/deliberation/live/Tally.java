package org.deliberation.web.deliberation.live;

/** Agree, disagree and pass counts. */
public record Tally(int agree, int disagree, int pass) {}
