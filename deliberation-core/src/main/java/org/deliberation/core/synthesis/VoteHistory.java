package org.deliberation.core.synthesis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Votes in the order they were cast, folded into a {@link VoteMatrix}: the last vote of a participant on a statement
 * wins, and who takes part in the clustering is decided as Pol.is decides it while the votes come in.
 *
 * <p><b>Who is "in the conversation"</b> (Pol.is {@code conversation.clj :in-conv}): a participant joins once they
 * voted on at least {@code min(7, statements voted on so far)} statements, passes included; while fewer than 15
 * qualify, the most active voters are added until there are 15; and once in, a participant stays in. Because of that
 * last rule, membership depends on the history, not only on the final votes: early participants join with few votes
 * while few statements exist. {@link #tick()} applies the top-up rule, as Pol.is's math worker does each time it
 * processes a batch of votes; the server ticks after every vote, so that membership depends on the votes and their
 * order only, not on when the synthesis happened to be recomputed.
 *
 * <p>Not thread safe: one writer feeds it; {@link #snapshot()} copies.
 */
public final class VoteHistory {

  static final int MIN_VOTES = 7;
  static final int MIN_MEMBERS = 15;

  private final Map<String, Integer> rows = new LinkedHashMap<>();
  private final Map<String, Integer> cols = new LinkedHashMap<>();
  private final List<Map<Integer, Byte>> votes = new ArrayList<>();
  private final BitSet inConversation = new BitSet();
  private final BitSet moderatedOut = new BitSet();

  /** What {@link #vote} returns when the participant had not voted on the statement before. */
  public static final int NONE = Integer.MIN_VALUE;

  /**
   * Records a vote: +1 agree, -1 disagree, 0 pass. A later vote of the same participant on the statement wins.
   *
   * @return the vote it replaces, or {@link #NONE}
   */
  public int vote(String participant, String statement, int value) {
    if (value < -1 || value > 1) {
      throw new IllegalArgumentException("a vote is -1, 0 or +1, not " + value);
    }
    int row = rows.computeIfAbsent(participant, key -> {
      votes.add(new HashMap<>());
      return rows.size();
    });
    int col = cols.computeIfAbsent(statement, key -> cols.size());
    Byte previous = votes.get(row).put(col, (byte) value);
    if (!inConversation.get(row) && votes.get(row).size() >= Math.min(MIN_VOTES, cols.size())) {
      inConversation.set(row);
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
    int col = cols.computeIfAbsent(statement, key -> cols.size());
    moderatedOut.set(col, out);
  }

  /** Ends a batch of votes: tops membership up to 15 with the most active voters, as Pol.is does each update. */
  public void tick() {
    int missing = MIN_MEMBERS - inConversation.cardinality();
    if (missing <= 0) {
      return;
    }
    IntStream.range(0, votes.size())
        .filter(row -> !inConversation.get(row))
        .boxed()
        .sorted(Comparator.<Integer>comparingInt(row -> votes.get(row).size()).reversed()
            .thenComparingInt(row -> row))
        .limit(missing)
        .forEach(inConversation::set);
  }

  public VoteMatrix snapshot() {
    int n = votes.size();
    var columns = new int[n][];
    var values = new byte[n][];
    for (int row = 0; row < n; row++) {
      var cells = votes.get(row);
      var keys = cells.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
      var vals = new byte[keys.length];
      for (int k = 0; k < keys.length; k++) {
        vals[k] = cells.get(keys[k]);
      }
      columns[row] = keys;
      values[row] = vals;
    }
    return new VoteMatrix(List.copyOf(rows.keySet()), List.copyOf(cols.keySet()), columns, values, inConversation,
        moderatedOut);
  }

  @Override
  public String toString() {
    return "VoteHistory" + Arrays.asList(rows.size(), cols.size(), inConversation.cardinality());
  }
}
