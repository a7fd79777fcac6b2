package org.deliberation.web.platform.eventstore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.bson.Document;

/**
 * The bookkeeping of a tracking token's gaps: indexes taken by a writer whose commit was not visible yet when a
 * reader passed them, looked for again on every read until they fill, turn out refused, or go stale.
 */
final class GapTokens {

  /** Whether no commit found after {@code index} holds an event (only tombstones, or nothing). */
  static boolean noEventAfter(List<Document> found, long index) {
    return found.stream()
        .noneMatch(
            commit ->
                CommitDocuments.globalIndex(commit) > index
                    && !CommitDocuments.events(commit).isEmpty());
  }

  /**
   * The token without the gaps that cannot fill any more: those before a commit found that is older than
   * {@code cutoff}, by when the writer that took the index has either written it or given up.
   */
  static GapAwareTrackingToken withoutStaleGaps(
      GapAwareTrackingToken token, List<Document> found, List<Long> gapRangeEnds, Instant cutoff) {
    if (token.getGaps().isEmpty()) {
      return token;
    }
    Map<Long, Instant> committedAt = new HashMap<>();
    for (var commit : found) {
      committedAt.put(
          CommitDocuments.globalIndex(commit), commit.getDate("committedAt").toInstant());
    }
    SortedSet<Long> gaps = new TreeSet<>(token.getGaps());
    for (long end : gapRangeEnds) {
      var after = committedAt.get(end);
      if (after != null && after.isBefore(cutoff)) {
        // Every gap of this range is older than the commit after it, which is older than the
        // timeout.
        for (long gap = end - 1; gaps.remove(gap); gap--) {
          // removed
        }
      }
    }
    return gaps.size() == token.getGaps().size()
        ? token
        : GapAwareTrackingToken.newInstance(token.getIndex(), gaps);
  }

  /** The token without the gaps that tombstones of refused commits account for. */
  static GapAwareTrackingToken withoutVoided(GapAwareTrackingToken token, SortedSet<Long> voided) {
    if (voided.isEmpty() || token.getGaps().stream().noneMatch(voided::contains)) {
      return token;
    }
    var gaps = new TreeSet<>(token.getGaps());
    gaps.removeAll(voided);
    return GapAwareTrackingToken.newInstance(token.getIndex(), gaps);
  }

  /** The index just after each run of consecutive gaps: where the next stored commit began. */
  static List<Long> gapRangeEnds(SortedSet<Long> gaps) {
    var ends = new ArrayList<Long>();
    Long previous = null;
    for (long gap : gaps) {
      if (previous != null && gap != previous + 1) {
        ends.add(previous + 1);
      }
      previous = gap;
    }
    if (previous != null) {
      ends.add(previous + 1);
    }
    return ends;
  }

  private GapTokens() {}
}
