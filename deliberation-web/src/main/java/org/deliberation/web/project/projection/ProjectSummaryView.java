package org.deliberation.web.project.projection;

import java.time.Instant;

/** A project as the project list shows it. */
public record ProjectSummaryView(
    String id,
    String slug,
    String title,
    String question,
    String authority,
    String language,
    String stage,
    int pages,
    Instant createdAt,
    Instant updatedAt) {}
