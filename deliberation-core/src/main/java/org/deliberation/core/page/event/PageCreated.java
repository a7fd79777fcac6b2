package org.deliberation.core.page.event;

import org.deliberation.core.common.PageId;
import org.deliberation.core.common.ParticipantId;

/** The first revision of a page was written. */
public record PageCreated(
    PageId pageId, int revision, String markdown, String comment, ParticipantId author)
    implements PageEvent {}
