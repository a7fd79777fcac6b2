package org.deliberation.core.markdown;

import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.Sequence;
import org.eclipse.jgit.diff.SequenceComparator;

/**
 * The line diff behind {@link TextDiff} and {@link ThreeWayMerge}: JGit's histogram diff for the pages people write,
 * {@link BoundedMyers} beyond, so that no pair of 64 KB texts takes more than a bounded number of steps.
 *
 * <p>Why two: the histogram diff reads better (it anchors on lines that occur once) and is what the pages have always
 * shown, but its own recursion and its Myers fallback are quadratic in lines (two 64 KB pages of short repeated lines
 * took 7 s). Up to {@link #HISTOGRAM_LINES} lines left once the common start and end are cut, its worst case is a few
 * milliseconds; above that, and for its fallback, the budgeted Myers decides. Thread safe and stateless.
 */
final class BoundedDiff extends DiffAlgorithm {

  /** Lines of both sides, after the common start and end, up to which the histogram diff is used. */
  static final int HISTOGRAM_LINES = 2_000;

  static final BoundedDiff INSTANCE = new BoundedDiff();

  private final BoundedMyers myers = new BoundedMyers(BoundedMyers.STEP_BUDGET);

  private final HistogramDiff histogram = new HistogramDiff();

  private BoundedDiff() {
    histogram.setFallbackAlgorithm(myers);
  }

  @Override
  public <S extends Sequence> EditList diffNonCommon(SequenceComparator<? super S> cmp, S a, S b) {
    if (a.size() + b.size() <= HISTOGRAM_LINES) {
      return histogram.diffNonCommon(cmp, a, b);
    }
    return myers.diffNonCommon(cmp, a, b);
  }
}
