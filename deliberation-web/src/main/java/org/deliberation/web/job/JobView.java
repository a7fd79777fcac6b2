package org.deliberation.web.job;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A background job's progress.
 *
 * @param state {@code RUNNING}, {@code DONE} or {@code FAILED}
 * @param done how many of {@code total} steps are done
 */
public record JobView(String id, String kind, String project, String state, long done, long total,
    Instant startedAt, @Nullable Instant endedAt, @Nullable String error) {}
