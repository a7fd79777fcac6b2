package org.deliberation.web.page;

/** What an edit produced: the page's revision now, and whether the edit was merged with newer changes. */
public record EditResult(int revision, boolean merged) {}
