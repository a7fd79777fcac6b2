package org.deliberation.core.markdown;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.Sequence;
import org.eclipse.jgit.diff.SequenceComparator;

/**
 * Myers' O(ND) line diff in linear space, with a budget of steps: beyond it, the region is reported as one
 * replacement, which is what a diff of two unrelated texts is anyway.
 *
 * <p>Design. Myers' algorithm [1] finds a shortest edit script in O((N + M) D) time; the linear-space refinement
 * (section 4b) bisects at the middle snake of the forward and backward searches and solves each half the same way,
 * here with an explicit stack of pending regions, never a recursion, and two arrays of N + M + 4 ints reused by
 * every bisection. The bisection follows diff-match-patch's [2] formulation. Lines are compared as ints: each is
 * numbered once through a hash map, so a step is O(1) whatever the lines' lengths.
 *
 * <p>The budget. For two 64 KB pages of unrelated one-character lines D is about 64,000 and the search would take
 * 10^9 steps; JGit's own MyersDiff and HistogramDiff are as slow on such input (7 s measured for two 64 KB pages of
 * repeated short lines). A step is one diagonal
 * visited or one line compared; when {@link #STEP_BUDGET} steps are spent, or when the count of lines the two sides do
 * not share already proves D too large (D²/4 over budget), the region becomes one replacement and
 * {@link Result#coarse()} says so. A bisection costs about D²/4 steps plus its region's length, so the budget leaves
 * room for a few thousand changed lines in any page.
 *
 * <p>[1] E. W. Myers, "An O(ND) Difference Algorithm and Its Variations", Algorithmica 1 (1986).
 * [2] N. Fraser, diff-match-patch, {@code diff_bisect}.
 */
final class BoundedMyers extends DiffAlgorithm {

  /** About 30 ms of work; enough for a few thousand changed lines whatever the page's length. */
  static final long STEP_BUDGET = 5_000_000;

  private final long budget;

  BoundedMyers(long budget) {
    this.budget = budget;
  }

  /** Edits and the steps spent on them; {@code coarse} when the budget ran out and the region is one replacement. */
  record Result(EditList edits, long steps, boolean coarse) {}

  @Override
  public <S extends Sequence> EditList diffNonCommon(SequenceComparator<? super S> cmp, S a, S b) {
    return search(cmp, a, b).edits();
  }

  /** The edits from {@code a} to {@code b}, with the steps they took. */
  <S extends Sequence> Result search(SequenceComparator<? super S> cmp, S a, S b) {
    var numbered = Numbered.of(cmp, a, b);
    return new Search(numbered.a, numbered.b, budget).run();
  }

  /** Both sides' lines as numbers, equal numbers for equal lines. */
  private record Numbered(int[] a, int[] b) {

    static <S extends Sequence> Numbered of(SequenceComparator<? super S> cmp, S a, S b) {
      var numbers = new HashMap<Line<S>, Integer>();
      return new Numbered(number(cmp, a, numbers), number(cmp, b, numbers));
    }

    private static <S extends Sequence> int[] number(
        SequenceComparator<? super S> cmp, S sequence, HashMap<Line<S>, Integer> numbers) {
      var result = new int[sequence.size()];
      for (int i = 0; i < result.length; i++) {
        result[i] = numbers.computeIfAbsent(new Line<>(cmp, sequence, i), line -> numbers.size());
      }
      return result;
    }
  }

  /** A line as a map key, equal to another by the comparator's rule. */
  private record Line<S extends Sequence>(
      SequenceComparator<? super S> cmp, S sequence, int index) {

    @Override
    public boolean equals(Object other) {
      return other instanceof Line<?> line
          && cmp.equals(sequence, index, cast(line.sequence), line.index);
    }

    @Override
    public int hashCode() {
      return cmp.hash(sequence, index);
    }

    @SuppressWarnings("unchecked")
    private S cast(Object sequence) {
      return (S) sequence;
    }
  }

  private static final class Search {

    private final int[] a;
    private final int[] b;
    private final long budget;
    private final int[] forward;
    private final int[] backward;
    private final EditList edits = new EditList();
    private long steps;

    Search(int[] a, int[] b, long budget) {
      this.a = a;
      this.b = b;
      this.budget = budget;
      this.forward = new int[a.length + b.length + 4];
      this.backward = new int[a.length + b.length + 4];
    }

    Result run() {
      if (tooDifferent()) {
        return coarse();
      }
      // Regions as {aFrom, aTo, bFrom, bTo}; the left half is pushed last, so edits come out in
      // order.
      var pending = new ArrayDeque<int[]>();
      pending.push(new int[] {0, a.length, 0, b.length});
      while (!pending.isEmpty()) {
        var region = pending.pop();
        int aFrom = region[0];
        int aTo = region[1];
        int bFrom = region[2];
        int bTo = region[3];
        while (aFrom < aTo && bFrom < bTo && a[aFrom] == b[bFrom]) {
          aFrom++;
          bFrom++;
          steps++;
        }
        while (aFrom < aTo && bFrom < bTo && a[aTo - 1] == b[bTo - 1]) {
          aTo--;
          bTo--;
          steps++;
        }
        if (aFrom == aTo || bFrom == bTo) {
          add(aFrom, aTo, bFrom, bTo);
          continue;
        }
        long split = bisect(aFrom, aTo, bFrom, bTo);
        if (steps > budget) {
          return coarse();
        }
        int x = (int) (split >>> 32);
        int y = (int) split;
        if (split < 0 || (x == aFrom && y == bFrom) || (x == aTo && y == bTo)) {
          // No common line at all (or, defensively, no progress): the region is one replacement.
          add(aFrom, aTo, bFrom, bTo);
          continue;
        }
        pending.push(new int[] {x, aTo, y, bTo});
        pending.push(new int[] {aFrom, x, bFrom, y});
      }
      return new Result(edits, steps, false);
    }

    // D is at least the number of lines one side has and the other lacks; the search costs at least
    // D²/4 steps.
    private boolean tooDifferent() {
      var counts = new HashMap<Integer, Integer>();
      for (int line : a) {
        counts.merge(line, 1, Integer::sum);
      }
      long common = 0;
      for (int line : b) {
        Integer left = counts.get(line);
        if (left != null && left > 0) {
          counts.put(line, left - 1);
          common++;
        }
      }
      steps += a.length + b.length;
      long lowerBound = a.length + b.length - 2 * common;
      return lowerBound * lowerBound / 4 > budget;
    }

    private Result coarse() {
      var whole = new EditList();
      if (a.length > 0 || b.length > 0) {
        whole.add(new Edit(0, a.length, 0, b.length));
      }
      return new Result(whole, steps, true);
    }

    private void add(int aFrom, int aTo, int bFrom, int bTo) {
      if (aFrom == aTo && bFrom == bTo) {
        return;
      }
      if (!edits.isEmpty()) {
        var last = edits.getLast();
        if (last.getEndA() == aFrom && last.getEndB() == bFrom) {
          edits.set(edits.size() - 1, new Edit(last.getBeginA(), aTo, last.getBeginB(), bTo));
          return;
        }
      }
      edits.add(new Edit(aFrom, aTo, bFrom, bTo));
    }

    /**
     * The point where a shortest edit script of the region crosses from its forward half to its backward half,
     * packed as {@code x << 32 | y}; -1 when the sides share nothing or the budget ran out.
     */
    private long bisect(int aFrom, int aTo, int bFrom, int bTo) {
      int n = aTo - aFrom;
      int m = bTo - bFrom;
      int maxD = (n + m + 1) / 2;
      int offset = maxD;
      int length = 2 * maxD + 2;
      Arrays.fill(forward, 0, length, -1);
      Arrays.fill(backward, 0, length, -1);
      steps += length;
      forward[offset + 1] = 0;
      backward[offset + 1] = 0;
      int delta = n - m;
      // With an odd delta the paths can only meet on a forward step, with an even one on a backward
      // step.
      boolean meetForward = (delta & 1) != 0;
      int forwardStart = 0;
      int forwardEnd = 0;
      int backwardStart = 0;
      int backwardEnd = 0;
      for (int d = 0; d < maxD; d++) {
        if (steps > budget) {
          return -1;
        }
        for (int k = -d + forwardStart; k <= d - forwardEnd; k += 2) {
          steps++;
          int at = offset + k;
          int x =
              k == -d || (k != d && forward[at - 1] < forward[at + 1])
                  ? forward[at + 1]
                  : forward[at - 1] + 1;
          int y = x - k;
          while (x < n && y < m && a[aFrom + x] == b[bFrom + y]) {
            x++;
            y++;
            steps++;
          }
          forward[at] = x;
          if (x > n) {
            forwardEnd += 2;
          } else if (y > m) {
            forwardStart += 2;
          } else if (meetForward) {
            int opposite = offset + delta - k;
            if (opposite >= 0
                && opposite < length
                && backward[opposite] != -1
                && x >= n - backward[opposite]) {
              return ((long) (aFrom + x) << 32) | (bFrom + y);
            }
          }
        }
        for (int k = -d + backwardStart; k <= d - backwardEnd; k += 2) {
          steps++;
          int at = offset + k;
          int x =
              k == -d || (k != d && backward[at - 1] < backward[at + 1])
                  ? backward[at + 1]
                  : backward[at - 1] + 1;
          int y = x - k;
          while (x < n && y < m && a[aTo - 1 - x] == b[bTo - 1 - y]) {
            x++;
            y++;
            steps++;
          }
          backward[at] = x;
          if (x > n) {
            backwardEnd += 2;
          } else if (y > m) {
            backwardStart += 2;
          } else if (!meetForward) {
            int opposite = offset + delta - k;
            if (opposite >= 0 && opposite < length && forward[opposite] != -1) {
              int forwardX = forward[opposite];
              int forwardY = offset + forwardX - opposite;
              if (forwardX >= n - x) {
                return ((long) (aFrom + forwardX) << 32) | (bFrom + forwardY);
              }
            }
          }
        }
      }
      return -1;
    }
  }
}
