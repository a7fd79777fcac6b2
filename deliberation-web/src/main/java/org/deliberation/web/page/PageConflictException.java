package org.deliberation.web.page;

import java.util.List;
import java.util.Map;
import org.deliberation.web.platform.http.PreconditionFailedException;

/**
 * An edit that overlaps changes saved since its base revision: the API answers it as a 412 with these fields under
 * {@code conflict}; the editor shows {@link #diff()} beside the person's own text and starts the next save from
 * {@link #latestRevision()}.
 */
public final class PageConflictException extends PreconditionFailedException {

  private final int latestRevision;
  private final String diff;

  public PageConflictException(String detail, int baseRevision, int latestRevision, List<?> hunks, String diff) {
    super(detail, Map.of("conflict", Map.of("baseRevision", baseRevision, "latestRevision", latestRevision,
        "hunks", hunks, "diff", diff)));
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
}
