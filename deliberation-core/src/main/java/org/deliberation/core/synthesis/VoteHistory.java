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
 * Votes in the order they were cast, folded into a {@link VoteMatrix}: the last vote of a participant on a statement
 * wins, and who takes part in the clustering is decided as Pol.is decides it while the votes come in.
 *
 * <p><b>Who is "in the conversation"</b> (Pol.is {@code conversation.clj :in-conv}, evaluated once per update of its
 * math worker, i.e. once per batch of votes): at the end of a batch, everyone who voted on at least
 * {@code min(7, n)} statements joins, passes included, where {@code n} counts the statements with at least one vote
 * (moderated ones too: Pol.is zeroes their column but keeps it); then, while fewer than 15 are in, the most active
 * voters not yet in are added, most votes first (ties by first vote), until there are 15; and once in, a participant
 * stays in. Because of that last rule, membership depends on the history, not only on the final votes: early
 * participants join with few votes while few statements exist.
 *
 * <p>A batch ends with {@link #tick()}; with {@link #vote(String, String, int, long)}, also when a vote is cast
 * {@link #BATCH_MILLIS} or more after the first vote of the batch, as Pol.is's poller batches votes by the second, so
 * that a replay of the same timed votes gives the same membership as the live run. {@link #snapshot()} shows
 * membership as if the current batch ended then, without ending it. Either way the batches are a function of the
 * votes, their order and their instants, never of when the synthesis happened to be recomputed: the server records
 * votes with their instants (for the lockstep evidence) and ticks after every vote (each vote its own batch, live and
 * in the past alike), and a caller that does not tick (as the tests replaying Pol.is's exports do) gets Pol.is's
 * batches by the second.
 *
 * <p>Edge cases, each checked against a transcription of Pol.is's rule ({@code VoteHistoryTest}): a participant is
 * judged on the count at the end of the batch against the statements voted on by then, never on the count in the
 * middle of a batch (when fewer statements existed, a lower bar); a statement moderated out before anyone voted on
 * it is no column, so it raises nobody's bar, as in Pol.is ({@code nm/zero-out-columns} skips absent columns).
 *
 * <p>Not thread safe: one writer feeds it; {@link #snapshot()} copies.
 */
public final class VoteHistory {

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

  public VoteMatrix snapshot() {
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
    return "VoteHistory" + Arrays.asList(rows.size(), cols.size(), inConversation.cardinality());
  }
}
