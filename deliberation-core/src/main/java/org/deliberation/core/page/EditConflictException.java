package org.deliberation.core.page;

import java.util.List;
import org.deliberation.core.common.ConflictException;
import org.deliberation.core.markdown.ConflictHunk;

/** An edit based on an older revision changed the same lines as a newer revision. */
public final class EditConflictException extends ConflictException {

  private final int baseRevision;
  private final int latestRevision;
  private final List<ConflictHunk> conflicts;

  public EditConflictException(int baseRevision, int latestRevision, List<ConflictHunk> conflicts) {
    super(
        "Your edit started from revision "
            + baseRevision
            + ", but revision "
            + latestRevision
            + " changed the same lines ("
            + conflicts.size()
            + (conflicts.size() == 1 ? " place" : " places")
            + "). Nothing was saved: merge your text into revision "
            + latestRevision
            + " and send it again.");
    this.baseRevision = baseRevision;
    this.latestRevision = latestRevision;
    this.conflicts = List.copyOf(conflicts);
  }

  public int baseRevision() {
    return baseRevision;
  }

  public int latestRevision() {
    return latestRevision;
  }

  public List<ConflictHunk> conflicts() {
    return conflicts;
  }

  @Override
  public String title() {
    return "Edit conflict";
  }
}
