package org.deliberation.core.markdown;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

/**
 * Line diffs between two texts, grouped into unified-diff hunks with three lines of context, computed by
 * {@link BoundedDiff}: JGit's histogram diff ({@code git diff --histogram}) for ordinary pages, and a budgeted Myers
 * diff that reports one replacement hunk when two long texts have almost nothing in common, so that any two pages
 * within the size limit are diffed in bounded time and memory.
 *
 * <p>Thread safe and stateless.
 */
public final class TextDiff {

  private static final int CONTEXT = 3;

  private static final DiffAlgorithm ALGORITHM = BoundedDiff.INSTANCE;

  /** The changes from {@code from} to {@code to}, as hunks with context. */
  public static List<DiffHunk> hunks(String from, String to) {
    var a = raw(from);
    var b = raw(to);
    var edits = edits(a, b);
    var hunks = new ArrayList<DiffHunk>();
    int i = 0;
    while (i < edits.size()) {
      // Extend the hunk while the next edit's context would touch this one's, as diff -u does.
      int j = i;
      while (j + 1 < edits.size()
          && edits.get(j + 1).getBeginA() - edits.get(j).getEndA() <= 2 * CONTEXT) {
        j++;
      }
      hunks.add(hunk(a, b, edits.subList(i, j + 1)));
      i = j + 1;
    }
    return hunks;
  }

  /** How many lines were added and removed going from {@code from} to {@code to}. */
  public static LineCounts count(String from, String to) {
    int added = 0;
    int removed = 0;
    for (var edit : edits(raw(from), raw(to))) {
      added += edit.getLengthB();
      removed += edit.getLengthA();
    }
    return new LineCounts(added, removed);
  }

  /** A unified diff of the two texts, with {@code ---}/{@code +++} headers naming them. */
  public static String unified(String fromLabel, String from, String toLabel, String to) {
    var out = new StringBuilder();
    out.append("--- ").append(fromLabel).append('\n').append("+++ ").append(toLabel).append('\n');
    for (var hunk : hunks(from, to)) {
      out.append(hunk.header()).append('\n');
      for (var line : hunk.lines()) {
        out.append(line.kind().marker()).append(line.text()).append('\n');
      }
    }
    return out.toString();
  }

  /** Lines added and removed by a change. */
  public record LineCounts(int added, int removed) {}

  static RawText raw(String text) {
    return new RawText(text.getBytes(StandardCharsets.UTF_8));
  }

  static EditList edits(RawText a, RawText b) {
    return ALGORITHM.diff(RawTextComparator.DEFAULT, a, b);
  }

  private static DiffHunk hunk(RawText a, RawText b, List<Edit> edits) {
    var first = edits.getFirst();
    var last = edits.getLast();
    int startA = Math.max(0, first.getBeginA() - CONTEXT);
    int startB = Math.max(0, first.getBeginB() - CONTEXT);
    int endA = Math.min(a.size(), last.getEndA() + CONTEXT);
    int endB = Math.min(b.size(), last.getEndB() + CONTEXT);
    var lines = new ArrayList<DiffLine>();
    int lineA = startA;
    for (var edit : edits) {
      for (; lineA < edit.getBeginA(); lineA++) {
        lines.add(new DiffLine(DiffLine.Kind.CONTEXT, a.getString(lineA)));
      }
      for (int k = edit.getBeginA(); k < edit.getEndA(); k++) {
        lines.add(new DiffLine(DiffLine.Kind.REMOVED, a.getString(k)));
      }
      for (int k = edit.getBeginB(); k < edit.getEndB(); k++) {
        lines.add(new DiffLine(DiffLine.Kind.ADDED, b.getString(k)));
      }
      lineA = edit.getEndA();
    }
    for (; lineA < endA; lineA++) {
      lines.add(new DiffLine(DiffLine.Kind.CONTEXT, a.getString(lineA)));
    }
    int countA = endA - startA;
    int countB = endB - startB;
    return new DiffHunk(
        countA == 0 ? startA : startA + 1,
        countA,
        countB == 0 ? startB : startB + 1,
        countB,
        lines);
  }

  private TextDiff() {}
}
