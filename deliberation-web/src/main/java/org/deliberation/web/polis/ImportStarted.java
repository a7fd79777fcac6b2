package org.deliberation.web.polis;

/** An import accepted and running; follow it at {@code GET /api/jobs/{job}}. */
public record ImportStarted(String job, long total) {}
