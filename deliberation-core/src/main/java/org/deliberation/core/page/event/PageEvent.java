package org.deliberation.core.page.event;

import org.deliberation.core.common.PageId;
import org.deliberation.core.common.ParticipantId;

/**
 * A new revision of a page. Every page event is one revision and carries the whole text of it.
 */
public sealed interface PageEvent permits PageCreated, PageEdited, PageReverted {

  PageId pageId();

  /** The revision this event creates: 1 for the first, then one more per event. */
  int revision();

  String markdown();

  String comment();

  ParticipantId author();
}
