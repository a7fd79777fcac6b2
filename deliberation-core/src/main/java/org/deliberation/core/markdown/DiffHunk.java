package org.deliberation.core.markdown;

import java.util.List;

/**
 * A run of changed lines with their context, as in a unified diff. Line numbers start at 1; a count of 0 means the
 * hunk only adds (or only removes) lines, and its start is then the line before, as {@code diff -u} prints it.
 */
public record DiffHunk(int fromLine, int fromCount, int toLine, int toCount, List<DiffLine> lines) {

  public DiffHunk {
    lines = List.copyOf(lines);
  }

  /** The hunk's header, {@code @@ -fromLine,fromCount +toLine,toCount @@}. */
  public String header() {
    return "@@ -" + fromLine + "," + fromCount + " +" + toLine + "," + toCount + " @@";
  }
}
