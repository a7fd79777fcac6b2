package org.deliberation.web.project.projection;

import java.time.Instant;

/** A page in a project's page index. */
public record PageEntry(String name, String title, int revision, Instant updatedAt) {}
