package org.deliberation.web.deliberation.live;

/** One opinion group's agree, disagree and pass counts on a statement. */
public record GroupTally(String group, int agree, int disagree, int pass) {}
