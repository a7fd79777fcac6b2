package org.deliberation.core.synthesis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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

  private static final int[] NO_COLUMNS = {};
  private static final byte[] NO_VALUES = {};
  private static final long[] NO_INSTANTS = {};

  private final Map<String, Integer> rows = new HashMap<>();
  private final List<String> participants = new ArrayList<>();
  private final Map<String, Integer> cols = new HashMap<>();
  private final List<String> statements = new ArrayList<>();
  // Each row's votes as primitive arrays, exactly as long as its votes, never written once made: a
  // vote replaces its row's arrays, so that a snapshot shares them instead of copying every vote.
  private int[][] columns = new int[16][];
  private byte[][] values = new byte[16][];
  private long[][] instants = new long[16][];
  private final BitSet inConversation = new BitSet();
  // The rows whose count grew since the last batch ended (a row may repeat): the only ones a
  // batch's
  // end can admit, since the bar (min(7, statements)) never falls.
  private int[] grown = new int[16];
  private int grownCount;
  private int members;
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
    Integer known = rows.get(participant);
    int row = known != null ? known : newRow(participant);
    Integer knownColumn = cols.get(statement);
    int col = knownColumn != null ? knownColumn : newColumn(statement);
    timed |= at != UNKNOWN;
    var cs = columns[row];
    int k = Arrays.binarySearch(cs, col);
    if (k >= 0) {
      int previous = values[row][k];
      var vs = values[row].clone();
      var ts = instants[row].clone();
      vs[k] = (byte) value;
      ts[k] = at;
      values[row] = vs;
      instants[row] = ts;
      return previous;
    }
    int insert = -k - 1;
    columns[row] = inserted(cs, insert, col);
    var vs = new byte[cs.length + 1];
    System.arraycopy(values[row], 0, vs, 0, insert);
    vs[insert] = (byte) value;
    System.arraycopy(values[row], insert, vs, insert + 1, cs.length - insert);
    values[row] = vs;
    var ts = new long[cs.length + 1];
    System.arraycopy(instants[row], 0, ts, 0, insert);
    ts[insert] = at;
    System.arraycopy(instants[row], insert, ts, insert + 1, cs.length - insert);
    instants[row] = ts;
    if (grownCount == grown.length) {
      grown = Arrays.copyOf(grown, 2 * grownCount);
    }
    grown[grownCount++] = row;
    return NONE;
  }

  private int newColumn(String statement) {
    int col = statements.size();
    statements.add(statement);
    cols.put(statement, col);
    return col;
  }

  private int newRow(String participant) {
    int row = participants.size();
    participants.add(participant);
    rows.put(participant, row);
    if (row == columns.length) {
      columns = Arrays.copyOf(columns, 2 * row);
      values = Arrays.copyOf(values, 2 * row);
      instants = Arrays.copyOf(instants, 2 * row);
    }
    columns[row] = NO_COLUMNS;
    values[row] = NO_VALUES;
    instants[row] = NO_INSTANTS;
    return row;
  }

  private static int[] inserted(int[] sorted, int at, int value) {
    var out = new int[sorted.length + 1];
    System.arraycopy(sorted, 0, out, 0, at);
    out[at] = value;
    System.arraycopy(sorted, at, out, at + 1, sorted.length - at);
    return out;
  }

  /** The participant's current vote on the statement, or {@link #NONE}. */
  public int current(String participant, String statement) {
    Integer row = rows.get(participant);
    Integer col = cols.get(statement);
    if (row == null || col == null) {
      return NONE;
    }
    int k = Arrays.binarySearch(columns[row], col);
    return k < 0 ? NONE : values[row][k];
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
    members = admit(inConversation, members);
    grownCount = 0;
  }

  // The threshold first, then the top-up to 15, as in conversation.clj. Only the rows that grew
  // since the last batch can pass a threshold they did not pass then: O(votes of the batch), not
  // O(participants), for the server ends a batch after every vote.
  // Returns how many are in.
  private int admit(BitSet in, int before) {
    int threshold = Math.min(MIN_VOTES, cols.size());
    int count = before;
    for (int i = 0; i < grownCount; i++) {
      int row = grown[i];
      if (!in.get(row) && columns[row].length >= threshold) {
        in.set(row);
        count++;
      }
    }
    int missing = MIN_MEMBERS - count;
    if (missing <= 0) {
      return count;
    }
    IntStream.range(0, participants.size())
        .filter(row -> !in.get(row))
        .boxed()
        .sorted(
            Comparator.<Integer>comparingInt(row -> columns[row].length)
                .reversed()
                .thenComparingInt(row -> row))
        .limit(missing)
        .forEach(in::set);
    return in.cardinality();
  }

  /** The votes as they stand, in O(participants): the rows' arrays are shared, never written again. */
  public VoteMatrix snapshot() {
    int n = participants.size();
    var in = (BitSet) inConversation.clone();
    admit(in, members);
    var hidden = new BitSet();
    for (var statement : moderatedOut) {
      Integer col = cols.get(statement);
      if (col != null) {
        hidden.set(col);
      }
    }
    return new VoteMatrix(
        participants,
        statements,
        Arrays.copyOf(columns, n),
        Arrays.copyOf(values, n),
        in,
        hidden,
        timed ? Arrays.copyOf(instants, n) : null);
  }

  @Override
  public String toString() {
    return "VoteHistory" + Arrays.asList(rows.size(), cols.size(), inConversation.cardinality());
  }
}
