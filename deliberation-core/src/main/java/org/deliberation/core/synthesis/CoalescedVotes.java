package org.deliberation.core.synthesis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.TreeMap;

/**
 * Accounts that behave as one, counted as one voter: Community Notes' answer to coordinated raters
 * ({@code post_selection_similarity.py}: a clique of suspect raters keeps one rating per note). Each group of
 * participants becomes a single row whose vote on a statement is its members' plurality vote (a tie is a pass), in
 * the conversation when any member is, placed where its first member was. Overlapping groups merge.
 *
 * <p>Everything downstream — components, clustering, counts, the bridging factorization — then sees a brigade of
 * fifty as one more participant: it can neither form an opinion group of its own nor outvote a group it joined.
 */
final class CoalescedVotes {

  /**
   * The coalesced matrix.
   *
   * @param rowOf each original row's row in {@code votes}
   * @param members each row of {@code votes}, the original rows it stands for
   * @param merged how many groups of two or more rows were merged
   */
  record Result(VoteMatrix votes, int[] rowOf, int[][] members, int merged) {}

  static Result of(VoteMatrix votes, Collection<? extends Collection<String>> groups) {
    int n = votes.rows();
    var parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    var index = new HashMap<String, Integer>(n * 2);
    for (int row = 0; row < n; row++) {
      index.put(votes.participants().get(row), row);
    }
    for (var group : groups) {
      int first = -1;
      for (var participant : group) {
        Integer row = index.get(participant);
        if (row == null) {
          continue;
        }
        if (first < 0) {
          first = row;
        } else {
          union(parent, first, row);
        }
      }
    }
    // Roots in row order: a merged row sits where its first member was.
    var rootRow = new TreeMap<Integer, List<Integer>>();
    var firstOfRoot = new HashMap<Integer, Integer>();
    for (int row = 0; row < n; row++) {
      int root = find(parent, row);
      firstOfRoot.putIfAbsent(root, row);
      rootRow.computeIfAbsent(firstOfRoot.get(root), key -> new ArrayList<>()).add(row);
    }
    if (rootRow.size() == n) {
      var identity = new int[n];
      var members = new int[n][];
      for (int row = 0; row < n; row++) {
        identity[row] = row;
        members[row] = new int[] {row};
      }
      return new Result(votes, identity, members, 0);
    }
    int rows = rootRow.size();
    var participants = new ArrayList<String>(rows);
    var columns = new int[rows][];
    var values = new byte[rows][];
    var members = new int[rows][];
    var rowOf = new int[n];
    var in = new BitSet();
    int merged = 0;
    int out = 0;
    var tally = new int[votes.cols()][];
    for (var entry : rootRow.entrySet()) {
      var group = entry.getValue();
      members[out] = group.stream().mapToInt(Integer::intValue).toArray();
      participants.add(votes.participants().get(group.getFirst()));
      boolean inConversation = false;
      for (int row : group) {
        rowOf[row] = out;
        inConversation |= votes.inConversation().get(row);
      }
      if (inConversation) {
        in.set(out);
      }
      if (group.size() == 1) {
        int row = group.getFirst();
        columns[out] = votes.columns()[row];
        values[out] = votes.values()[row];
      } else {
        merged++;
        plurality(votes, group, tally, columns, values, out);
      }
      out++;
    }
    return new Result(
        new VoteMatrix(participants, votes.statements(), columns, values, in, votes.moderatedOut()),
        rowOf,
        members,
        merged);
  }

  // The members' plurality vote on each statement any of them voted on; a tie is a pass.
  private static void plurality(
      VoteMatrix votes,
      List<Integer> group,
      int[][] tally,
      int[][] columns,
      byte[][] values,
      int out) {
    var touched = new java.util.TreeSet<Integer>();
    for (int row : group) {
      var cols = votes.columns()[row];
      var vals = votes.values()[row];
      for (int k = 0; k < cols.length; k++) {
        if (tally[cols[k]] == null) {
          tally[cols[k]] = new int[3];
        }
        tally[cols[k]][vals[k] + 1]++;
        touched.add(cols[k]);
      }
    }
    var cols = new int[touched.size()];
    var vals = new byte[touched.size()];
    int k = 0;
    for (int j : touched) {
      var t = tally[j];
      int disagree = t[0];
      int pass = t[1];
      int agree = t[2];
      byte vote;
      if (agree > disagree && agree > pass) {
        vote = 1;
      } else if (disagree > agree && disagree > pass) {
        vote = -1;
      } else {
        vote = 0;
      }
      cols[k] = j;
      vals[k] = vote;
      k++;
      tally[j] = null;
    }
    columns[out] = cols;
    values[out] = vals;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  private CoalescedVotes() {}
}
