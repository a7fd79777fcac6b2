package org.deliberation.core.markdown;

import java.util.List;

/** The result of a three-way merge: a merged text, or the hunks that conflict. */
public sealed interface MergeOutcome {

  /** The two edits did not overlap; {@code text} holds both. */
  record Merged(String text) implements MergeOutcome {}

  /** The two edits changed the same lines; nothing was merged. */
  record Conflicted(List<ConflictHunk> conflicts) implements MergeOutcome {

    public Conflicted {
      conflicts = List.copyOf(conflicts);
    }
  }
}
