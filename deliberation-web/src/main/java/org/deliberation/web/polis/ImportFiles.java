package org.deliberation.web.polis;

/** The two files of a Pol.is export as uploaded, before they are read: what an import keeps to resume from. */
public record ImportFiles(String comments, String votes) {}
