package org.deliberation.web.accountability;

import java.time.Instant;

/**
 * One answer of the authority to a point, as recorded.
 *
 * @param decidedBy the official who recorded it (their participant id)
 */
public record CommitmentView(
    String statement, String decision, String reason, Instant decidedAt, String decidedBy) {}
