package org.deliberation.core.markdown;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.merge.MergeAlgorithm;
import org.eclipse.jgit.merge.MergeChunk;

/**
 * Merges two edits of the same base text line by line, with JGit's {@link MergeAlgorithm} (the diff3 merge behind
 * {@code git merge}) over {@link BoundedDiff}, so bounded in time like {@link TextDiff}: where that diff reports a
 * whole region as replaced, an edit inside it conflicts rather than merges. Changes that touch the same or adjacent lines conflict, as in git; a conflict is reported, never
 * written into the text with markers, so a participant's page never shows {@code <<<<<<<}.
 *
 * <p>Thread safe and stateless.
 */
public final class ThreeWayMerge {

  /**
   * Merges {@code current} (the newest revision) and {@code yours} (an edit of the older {@code base}).
   *
   * @return the merged text when the edits do not overlap, otherwise every conflicting hunk
   */
  public static MergeOutcome merge(String base, String current, String yours) {
    // When one side did not change, the other side is the merge. JGit reads an empty side as
    // "everything deleted" and
    // would report a conflict between an empty page left empty and an edit that fills it.
    if (yours.equals(base) || yours.equals(current)) {
      return new MergeOutcome.Merged(current);
    }
    if (current.equals(base)) {
      return new MergeOutcome.Merged(yours);
    }
    var sequences = List.of(TextDiff.raw(base), TextDiff.raw(current), TextDiff.raw(yours));
    var result =
        new MergeAlgorithm(BoundedDiff.INSTANCE)
            .merge(RawTextComparator.DEFAULT, sequences.get(0), sequences.get(1), sequences.get(2));
    if (!result.containsConflicts()) {
      var merged = new StringBuilder();
      for (var chunk : result) {
        appendLines(
            merged, sequences.get(chunk.getSequenceIndex()), chunk.getBegin(), chunk.getEnd());
      }
      return new MergeOutcome.Merged(withFinalNewlineOf(merged, base, current, yours));
    }
    return new MergeOutcome.Conflicted(conflicts(result, sequences));
  }

  private static List<ConflictHunk> conflicts(
      Iterable<MergeChunk> chunks, List<RawText> sequences) {
    var hunks = new ArrayList<ConflictHunk>();
    List<String> current = null;
    List<String> base = List.of();
    int baseLine = 1;
    // A conflict is a FIRST range (current), an optional BASE range, then a NEXT range (yours).
    int lastBaseEnd = 0;
    for (var chunk : chunks) {
      var lines = lines(sequences.get(chunk.getSequenceIndex()), chunk.getBegin(), chunk.getEnd());
      switch (chunk.getConflictState()) {
        case NO_CONFLICT -> {
          if (chunk.getSequenceIndex() == 0) {
            lastBaseEnd = chunk.getEnd();
          }
        }
        case FIRST_CONFLICTING_RANGE -> {
          current = lines;
          base = List.of();
          baseLine = lastBaseEnd + 1;
        }
        case BASE_CONFLICTING_RANGE -> {
          base = lines;
          baseLine = Math.min(chunk.getBegin(), chunk.getEnd()) + 1;
          lastBaseEnd = Math.max(chunk.getBegin(), chunk.getEnd());
        }
        case NEXT_CONFLICTING_RANGE -> {
          hunks.add(new ConflictHunk(baseLine, base, current == null ? List.of() : current, lines));
          current = null;
        }
      }
    }
    return hunks;
  }

  // JGit 7.3 can end a base range before it begins, when both sides added lines where the base had
  // none and it has
  // cut their common first lines off the conflict (base "", "a", "a\na"): that range is empty.
  // Found by Jazzer; it
  // threw IllegalArgumentException here, a 500 for the edit.
  private static List<String> lines(RawText text, int begin, int end) {
    var lines = new ArrayList<String>(Math.max(0, end - begin));
    for (int i = begin; i < end; i++) {
      lines.add(text.getString(i));
    }
    return lines;
  }

  private static void appendLines(StringBuilder out, RawText text, int begin, int end) {
    for (int i = begin; i < end; i++) {
      out.append(text.getString(i)).append('\n');
    }
  }

  // RawText splits on '\n' and forgets whether the last line had one, so the final newline is
  // merged on its own, as
  // a third line would be: the edit's ending if it changed it, else the newer revision's. Merging
  // an edit that
  // changed nothing then gives the newer revision exactly.
  private static String withFinalNewlineOf(
      StringBuilder merged, String base, String current, String yours) {
    boolean changedByYou = yours.endsWith("\n") != base.endsWith("\n");
    boolean wantsNewline = changedByYou ? yours.endsWith("\n") : current.endsWith("\n");
    if (!wantsNewline && !merged.isEmpty() && merged.charAt(merged.length() - 1) == '\n') {
      merged.setLength(merged.length() - 1);
    }
    return merged.toString();
  }

  private ThreeWayMerge() {}
}
