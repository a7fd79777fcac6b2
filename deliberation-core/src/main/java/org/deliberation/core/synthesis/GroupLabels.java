package org.deliberation.core.synthesis;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Names the opinion groups of a clustering, canonically: "A" is the group of the earliest participant (the first to
 * vote, in the order the votes were cast), "B" the group of the earliest participant who is not in A, and so on.
 *
 * <p><b>Why canonical, not carried over.</b> Labels used to be carried over from the previous recomputation by member
 * overlap. But recomputations are coalesced in time (one every 250 ms at most), so which intermediate clusterings a
 * project goes through depends on when its votes arrived and how fast the machine was: a replay at start-up, which
 * recomputes at other points than the live run did, could hand "A" to the other group, and "Group A" in last week's
 * printout named the other people after a restart. A label that depends on the recomputation history cannot be
 * rebuilt from the events; this one is a function of the votes and their order, which every replay, every node and
 * the synthesis "as it stood then" see alike.
 *
 * <p><b>Why the earliest member.</b> Among keys that are functions of the votes, it is the one a single new vote
 * hardly ever moves: a new participant comes last in the order, so they can never become the anchor of an existing
 * group, and the anchors are early participants, whose votes are mostly in. A letter changes only when an anchor
 * changes group, or a group appears or disappears ahead of another in the order. (Ordering by size, the other obvious
 * key, swaps two groups of about the same size back and forth as votes come in.)
 *
 * <p>Labels run A to Z, then G27, G28...; there are at most five groups.
 */
final class GroupLabels {

  /**
   * The rank of each group in the canonical order: its label is {@link #label label(rank)}.
   *
   * @param groupOfRow each row's group ({@code -1} for a participant not clustered); rows are in the order of the
   *     participants' first votes, as {@link VoteHistory} keeps them
   * @param groups how many groups there are
   * @return the rank of group {@code g} at index {@code g}: 0 for the group of the earliest row
   */
  static int[] ranks(int[] groupOfRow, int groups) {
    var firstRow = new int[groups];
    Arrays.fill(firstRow, Integer.MAX_VALUE);
    for (int row = 0; row < groupOfRow.length; row++) {
      int g = groupOfRow[row];
      if (g >= 0 && firstRow[g] == Integer.MAX_VALUE) {
        firstRow[g] = row;
      }
    }
    var order =
        IntStream.range(0, groups)
            .boxed()
            .sorted(Comparator.<Integer>comparingInt(g -> firstRow[g]).thenComparingInt(g -> g))
            .mapToInt(Integer::intValue)
            .toArray();
    var ranks = new int[groups];
    for (int rank = 0; rank < groups; rank++) {
      ranks[order[rank]] = rank;
    }
    return ranks;
  }

  /** The label of the group of this rank: A, B, ... Z, then G27, G28... */
  static String label(int rank) {
    return rank < 26 ? String.valueOf((char) ('A' + rank)) : "G" + (rank + 1);
  }

  private GroupLabels() {}
}
