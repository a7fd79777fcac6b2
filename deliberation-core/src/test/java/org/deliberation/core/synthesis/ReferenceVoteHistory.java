package org.deliberation.core.synthesis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The vote history as it was written before it kept primitive rows and admitted incrementally: boxed maps per row,
 * every row judged at every batch's end. Kept as the reference that {@code VoteHistoryEquivalenceTest} holds
 * {@link VoteHistory} to.
 */
final class ReferenceVoteHistory {
  static final int MIN_VOTES = 7;
  static final int MIN_MEMBERS = 15;

  /** Pol.is's poller reads new votes every second and runs one update per batch. */
  public static final long BATCH_MILLIS = 1_000;

  /** The instant of a vote recorded without one. */
  public static final long UNKNOWN = Long.MIN_VALUE;

  private final Map<String, Integer> rows = new LinkedHashMap<>();
  private final Map<String, Integer> cols = new LinkedHashMap<>();
  private final List<Map<Integer, Byte>> votes = new ArrayList<>();
  private final List<Map<Integer, Long>> castAt = new ArrayList<>();
  private final BitSet inConversation = new BitSet();
  private final Set<String> moderatedOut = new HashSet<>();
  private long batchEnd = Long.MIN_VALUE;
  private boolean timed;

  /** What {@link #vote} returns when the participant had not voted on the statement before. */
  public static final int NONE = Integer.MIN_VALUE;

  /**
   * Records a vote: +1 agree, -1 disagree, 0 pass. A later vote of the same participant on the statement wins.
   *
   * @return the vote it replaces, or {@link #NONE}
   */
  public int vote(String participant, String statement, int value) {
    return record(participant, statement, value, UNKNOWN);
  }

  /**
   * Records a vote cast at an instant (milliseconds since the epoch). A vote cast {@link #BATCH_MILLIS} or more after
   * the start of the current batch ends it first ({@link #tick()}), so membership follows the cast instants alone.
   *
   * @return the vote it replaces, or {@link #NONE}
   */
  public int vote(String participant, String statement, int value, long castAtMillis) {
    if (castAtMillis >= batchEnd) {
      tick();
      batchEnd = castAtMillis + BATCH_MILLIS;
    }
    return record(participant, statement, value, castAtMillis);
  }

  private int record(String participant, String statement, int value, long at) {
    if (value < -1 || value > 1) {
      throw new IllegalArgumentException("a vote is -1, 0 or +1, not " + value);
    }
    int row =
        rows.computeIfAbsent(
            participant,
            key -> {
              votes.add(new HashMap<>());
              castAt.add(new HashMap<>());
              return rows.size();
            });
    int col = cols.computeIfAbsent(statement, key -> cols.size());
    Byte previous = votes.get(row).put(col, (byte) value);
    if (at != UNKNOWN) {
      castAt.get(row).put(col, at);
      timed = true;
    } else {
      castAt.get(row).remove(col);
    }
    return previous == null ? NONE : previous;
  }

  /** The participant's current vote on the statement, or {@link #NONE}. */
  public int current(String participant, String statement) {
    Integer row = rows.get(participant);
    Integer col = cols.get(statement);
    Byte value = row == null || col == null ? null : votes.get(row).get(col);
    return value == null ? NONE : value;
  }

  /** Hides a statement from the math (moderated out), or shows it again. */
  public void moderate(String statement, boolean out) {
    if (out) {
      moderatedOut.add(statement);
    } else {
      moderatedOut.remove(statement);
    }
  }

  /** Ends a batch of votes: Pol.is's update of who is in the conversation. */
  public void tick() {
    admit(inConversation);
  }

  // The threshold first, then the top-up to 15, as in conversation.clj.
  private void admit(BitSet in) {
    int threshold = Math.min(MIN_VOTES, cols.size());
    for (int row = 0; row < votes.size(); row++) {
      if (!in.get(row) && votes.get(row).size() >= threshold) {
        in.set(row);
      }
    }
    int missing = MIN_MEMBERS - in.cardinality();
    if (missing <= 0) {
      return;
    }
    IntStream.range(0, votes.size())
        .filter(row -> !in.get(row))
        .boxed()
        .sorted(
            Comparator.<Integer>comparingInt(row -> votes.get(row).size())
                .reversed()
                .thenComparingInt(row -> row))
        .limit(missing)
        .forEach(in::set);
  }

  VoteMatrix snapshot() {
    int n = votes.size();
    var columns = new int[n][];
    var values = new byte[n][];
    var instants = timed ? new long[n][] : null;
    for (int row = 0; row < n; row++) {
      var cells = votes.get(row);
      var keys = cells.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
      var vals = new byte[keys.length];
      for (int k = 0; k < keys.length; k++) {
        vals[k] = cells.get(keys[k]);
      }
      columns[row] = keys;
      values[row] = vals;
      if (instants != null) {
        var at = new long[keys.length];
        var times = castAt.get(row);
        for (int k = 0; k < keys.length; k++) {
          at[k] = times.getOrDefault(keys[k], UNKNOWN);
        }
        instants[row] = at;
      }
    }
    var in = (BitSet) inConversation.clone();
    admit(in);
    var hidden = new BitSet();
    cols.forEach(
        (statement, col) -> {
          if (moderatedOut.contains(statement)) {
            hidden.set(col);
          }
        });
    return new VoteMatrix(
        List.copyOf(rows.keySet()),
        List.copyOf(cols.keySet()),
        columns,
        values,
        in,
        hidden,
        instants);
  }

  @Override
  public String toString() {
    return "ReferenceVoteHistory"
        + Arrays.asList(rows.size(), cols.size(), inConversation.cardinality());
  }
}
