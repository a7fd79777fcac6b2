package org.deliberation.web.page;

import org.deliberation.core.markdown.TextDiff;

/** Two revisions' texts of a page, shown as hunks or as a unified diff. */
public record PageComparison(String page, int from, String before, int to, String after) {

  public DiffView hunks() {
    return new DiffView(from, to, TextDiff.hunks(before, after));
  }

  public String unified() {
    return TextDiff.unified(page + "@" + from, before, page + "@" + to, after);
  }
}
