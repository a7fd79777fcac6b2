package org.deliberation.core.synthesis;

import java.util.BitSet;
import java.util.List;

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
 */
public record VoteMatrix(
    List<String> participants,
    List<String> statements,
    int[][] columns,
    byte[][] values,
    BitSet inConversation,
    BitSet moderatedOut) {

  public VoteMatrix {
    participants = List.copyOf(participants);
    statements = List.copyOf(statements);
    inConversation = (BitSet) inConversation.clone();
    moderatedOut = (BitSet) moderatedOut.clone();
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
  public Byte vote(int row, int column) {
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
}
