package org.deliberation.core.page;

import org.deliberation.core.common.NotFoundException;
import org.deliberation.core.common.PageId;

/** A revision number that the page does not have. */
public final class RevisionNotFoundException extends NotFoundException {

  public RevisionNotFoundException(PageId page, int revision, int latest) {
    super(
        "Page '"
            + page.name()
            + "' has no revision "
            + revision
            + "; its revisions run from 1 to "
            + latest
            + ".");
  }
}
