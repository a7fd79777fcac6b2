package org.deliberation.web.page;

import java.time.Instant;
import org.deliberation.core.common.ParticipantId;

/** One revision of a page as its events recorded it. */
public record PageRevisionView(
    int revision,
    String markdown,
    String comment,
    ParticipantId author,
    Instant at,
    String kind,
    int baseRevision,
    boolean merged) {}
