package org.deliberation.web.platform.jobs;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A background job's progress, as {@code GET /api/jobs/{job}} shows it on any node, before and after a restart.
 *
 * @param phase the step the job is in (or ended in): for an import {@code PARTICIPANTS}, {@code STATEMENTS} or
 *     {@code VOTES}
 * @param done how many of {@code total} steps are done
 * @param stored how many items of each kind are stored so far
 * @param error why a {@code FAILED} job stopped
 */
public record JobView(
    String id,
    String kind,
    String project,
    JobState state,
    String phase,
    long done,
    long total,
    Map<String, Long> stored,
    Instant startedAt,
    @Nullable Instant endedAt,
    @Nullable String error) {}
