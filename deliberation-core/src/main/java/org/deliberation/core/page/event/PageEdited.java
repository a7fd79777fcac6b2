package org.deliberation.core.page.event;

import org.deliberation.core.common.PageId;
import org.deliberation.core.common.ParticipantId;

/**
 * A page was edited. {@code baseRevision} is the revision the author started from; {@code merged} says the edit was
 * merged with revisions written after it.
 */
public record PageEdited(
    PageId pageId,
    int revision,
    int baseRevision,
    String markdown,
    String comment,
    ParticipantId author,
    boolean merged)
    implements PageEvent {}
