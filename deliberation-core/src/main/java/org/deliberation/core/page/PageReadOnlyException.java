package org.deliberation.core.page;

import org.deliberation.core.common.PermissionDeniedException;

/**
 * A page of a decided project written by someone who is not an official, a moderator or an admin. A permission
 * refusal (403) rather than a conflict: the same request from an official succeeds, and no waiting makes it succeed
 * for the caller.
 */
public final class PageReadOnlyException extends PermissionDeniedException {

  public PageReadOnlyException() {
    super(
        "This project is decided: its pages are now the record of the decision and are read-only, except to its "
            + "officials, moderators and admins. To have a correction made, ask one of the project's officials or a "
            + "moderator.");
  }

  @Override
  public String title() {
    return "Pages are read-only";
  }
}
