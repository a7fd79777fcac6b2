package org.deliberation.web.page;

import java.util.List;
import java.util.Map;
import org.deliberation.core.markdown.TextDiff;
import org.deliberation.core.page.EditConflictException;
import org.deliberation.web.platform.http.PreconditionFailedException;

/**
 * An edit that overlaps changes saved since its base revision: the API answers it as a 412 with these fields under
 * {@code conflict}; the editor shows {@link #diff()} beside the person's own text and starts the next save from
 * {@link #latestRevision()}.
 */
public final class PageConflictException extends PreconditionFailedException {

  private final int latestRevision;
  private final String diff;

  public PageConflictException(
      String detail, int baseRevision, int latestRevision, List<?> hunks, String diff) {
    super(
        detail,
        Map.of(
            "conflict",
            Map.of(
                "baseRevision",
                baseRevision,
                "latestRevision",
                latestRevision,
                "hunks",
                hunks,
                "diff",
                diff)));
    this.latestRevision = latestRevision;
    this.diff = diff;
  }

  public int latestRevision() {
    return latestRevision;
  }

  /** The changes saved since the edit's base, as a unified diff. */
  public String diff() {
    return diff;
  }

  /** The conflict the aggregate refused an edit with, with the changes saved since its base as a unified diff. */
  static PageConflictException of(EditConflictException e, List<PageRevisionView> revisions) {
    int latest = revisions.size();
    var base =
        e.baseRevision() >= 1 && e.baseRevision() <= latest
            ? revisions.get(e.baseRevision() - 1).markdown()
            : "";
    var changedSince =
        TextDiff.unified(
            "revision " + e.baseRevision(),
            base,
            "revision " + e.latestRevision(),
            revisions.get(e.latestRevision() - 1).markdown());
    return new PageConflictException(
        e.getMessage(), e.baseRevision(), e.latestRevision(), e.conflicts(), changedSince);
  }
}
