package org.deliberation.core.synthesis;

import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * The rows of a vote matrix cut into ranges of about equal numbers of votes, for the passes over the votes that run
 * on every core. The cuts are a function of the matrix alone (never of the number of cores or of how the threads were
 * scheduled), and every per-range result is combined in range order: the sums, and so the synthesis, are the same on
 * every run and every machine.
 */
final class RowChunks {

  /** Below this many votes per range, a pass runs on one thread: the split would cost more than it saves. */
  static final long VOTES_PER_CHUNK = 65_536;

  static final int MAX_CHUNKS = 16;

  private final int[] bounds;

  private RowChunks(int[] bounds) {
    this.bounds = bounds;
  }

  static RowChunks of(VoteMatrix votes) {
    int n = votes.rows();
    long total = votes.voteCount();
    int chunks = (int) Math.max(1, Math.min(MAX_CHUNKS, total / VOTES_PER_CHUNK));
    var bounds = new int[chunks + 1];
    long seen = 0;
    int chunk = 1;
    for (int row = 0; row < n && chunk < chunks; row++) {
      seen += votes.votesOf(row);
      if (seen * chunks >= total * chunk) {
        bounds[chunk++] = row + 1;
      }
    }
    for (; chunk <= chunks; chunk++) {
      bounds[chunk] = n;
    }
    return new RowChunks(bounds);
  }

  /** Evenly over {@code n} items of about equal cost (points, pairs), in at most {@link #MAX_CHUNKS} ranges. */
  static RowChunks even(int n, int perChunk) {
    int chunks = Math.max(1, Math.min(MAX_CHUNKS, n / Math.max(1, perChunk)));
    var bounds = new int[chunks + 1];
    for (int chunk = 0; chunk <= chunks; chunk++) {
      bounds[chunk] = (int) ((long) n * chunk / chunks);
    }
    return new RowChunks(bounds);
  }

  int count() {
    return bounds.length - 1;
  }

  int from(int chunk) {
    return bounds[chunk];
  }

  int to(int chunk) {
    return bounds[chunk + 1];
  }

  /** Each range's result, in range order; ranges run in parallel when there are several. */
  <T> T[] map(IntFunction<T> perChunk, IntFunction<T[]> array) {
    var out = array.apply(count());
    var stream = IntStream.range(0, count());
    (count() > 1 ? stream.parallel() : stream).forEach(chunk -> out[chunk] = perChunk.apply(chunk));
    return out;
  }

  /** Runs each range, in parallel when there are several; for passes whose ranges write disjoint places. */
  void run(java.util.function.IntConsumer perChunk) {
    var stream = IntStream.range(0, count());
    (count() > 1 ? stream.parallel() : stream).forEach(perChunk);
  }
}
