package org.deliberation.web.readmodel.project;

import java.time.Instant;

/** A page in a project's page index. */
public record PageEntry(String name, String title, int revision, Instant updatedAt) {}
