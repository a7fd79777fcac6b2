package org.deliberation.core.synthesis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A snapshot of a project's votes: participants are rows in the order they first voted, statements are columns in
 * the order they were first voted on (Pol.is's named matrix), each cell the participant's last vote: +1 agree,
 * -1 disagree, 0 pass, absent when not voted.
 *
 * <p>Immutable. Rows are stored sparsely: {@code columns[i]} are the statements row {@code i} voted on, ascending,
 * and {@code values[i]} the votes.
 *
 * @param inConversation the rows that take part in clustering (see {@link VoteHistory})
 * @param moderatedOut the columns hidden by moderation: zero for everyone in the principal components, left out of
 *     consensus and of representative statements
 * @param castAt when each vote was cast (milliseconds since the epoch, {@link VoteHistory#UNKNOWN} when not
 *     known), aligned with {@code columns}; null when no vote carries an instant. Only the integrity checks read it.
 */
public record VoteMatrix(
    List<String> participants,
    List<String> statements,
    int[][] columns,
    byte[][] values,
    BitSet inConversation,
    BitSet moderatedOut,
    long @Nullable [][] castAt) {

  public VoteMatrix {
    participants = List.copyOf(participants);
    statements = List.copyOf(statements);
    inConversation = (BitSet) inConversation.clone();
    moderatedOut = (BitSet) moderatedOut.clone();
  }

  /** A snapshot without vote instants. */
  public VoteMatrix(
      List<String> participants,
      List<String> statements,
      int[][] columns,
      byte[][] values,
      BitSet inConversation,
      BitSet moderatedOut) {
    this(participants, statements, columns, values, inConversation, moderatedOut, null);
  }

  public int rows() {
    return participants.size();
  }

  public int cols() {
    return statements.size();
  }

  /** The number of statements row {@code i} voted on, passes included. */
  public int votesOf(int row) {
    return columns[row].length;
  }

  /** Row {@code i}'s vote on column {@code j}, or {@code null} when it did not vote. */
  public @Nullable Byte vote(int row, int column) {
    int at = java.util.Arrays.binarySearch(columns[row], column);
    return at < 0 ? null : values[row][at];
  }

  public long voteCount() {
    long count = 0;
    for (var row : columns) {
      count += row.length;
    }
    return count;
  }

  /**
   * The same votes without some participants' (votes invalidated by a moderator, a preview, time travel): their rows
   * are left out, everything else, membership of the conversation included, stays as it was. Statements keep their
   * columns even when only the excluded voted on them, so that column indices stay comparable. O(rows) when the set
   * is a hash set; returns this matrix when nobody in it is excluded.
   */
  public VoteMatrix without(Collection<String> excluded) {
    if (excluded.isEmpty()) {
      return this;
    }
    var kept = new ArrayList<String>(participants.size());
    var keptColumns = new ArrayList<int[]>(participants.size());
    var keptValues = new ArrayList<byte[]>(participants.size());
    var keptTimes = castAt == null ? null : new ArrayList<long[]>(participants.size());
    var in = new BitSet();
    for (int row = 0; row < rows(); row++) {
      if (excluded.contains(participants.get(row))) {
        continue;
      }
      if (inConversation.get(row)) {
        in.set(kept.size());
      }
      kept.add(participants.get(row));
      keptColumns.add(columns[row]);
      keptValues.add(values[row]);
      if (keptTimes != null) {
        keptTimes.add(castAt[row]);
      }
    }
    if (kept.size() == rows()) {
      return this;
    }
    return new VoteMatrix(
        kept,
        statements,
        keptColumns.toArray(int[][]::new),
        keptValues.toArray(byte[][]::new),
        in,
        moderatedOut,
        keptTimes == null ? null : keptTimes.toArray(long[][]::new));
  }
}
