package org.deliberation.core.page;

/** The revision a page is at after a command, and whether the command's edit was merged with newer revisions. */
public record PageRevision(int revision, boolean merged) {}
