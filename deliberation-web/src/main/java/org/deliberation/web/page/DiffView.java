package org.deliberation.web.page;

import java.util.List;
import org.deliberation.core.markdown.DiffHunk;

/** The changes between two revisions of a page. */
public record DiffView(int from, int to, List<DiffHunk> hunks) {

  public DiffView {
    hunks = List.copyOf(hunks);
  }
}
