package org.deliberation.web.polis;

import org.deliberation.web.platform.jobs.JobState;

/**
 * The import a project holds, as the project's own view shows it: until {@code state} is {@code DONE}, the project's
 * statements and votes are incomplete.
 */
public record ImportStatus(String job, JobState state, long done, long total) {}
