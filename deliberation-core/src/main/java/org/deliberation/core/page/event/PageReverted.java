package org.deliberation.core.page.event;

import org.deliberation.core.common.PageId;
import org.deliberation.core.common.ParticipantId;

/** A page was given back the text of an earlier revision, as a new revision. */
public record PageReverted(
    PageId pageId,
    int revision,
    int revertedTo,
    String markdown,
    String comment,
    ParticipantId author)
    implements PageEvent {}
