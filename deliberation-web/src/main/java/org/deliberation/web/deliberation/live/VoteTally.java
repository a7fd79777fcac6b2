package org.deliberation.web.deliberation.live;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import org.deliberation.core.statement.Vote;
import org.deliberation.core.statement.event.VoteCast;
import org.deliberation.core.synthesis.Synthesis;
import org.deliberation.core.synthesis.VoteHistory;
import org.deliberation.core.synthesis.VoteMatrix;
import org.jspecify.annotations.Nullable;

/**
 * Every participant's current vote on each statement, as the synthesis reads them, and the counts of every statement,
 * overall and per opinion group, updated in O(1) per vote: a vote counts in its voter's group as of the last
 * clustering, and a new clustering brings the group counts to what it saw plus the votes that arrived while it was
 * computed. Statements are rows in the order they were posted. Not thread safe: its {@link ProjectDeliberation}
 * guards it.
 */
final class VoteTally {

  /** 0 agree, 1 disagree, 2 pass: the index of a vote's value in the counts. */
  static int kind(int vote) {
    return vote > 0 ? 0 : vote < 0 ? 1 : 2;
  }

  /** The current votes and the moderation, as the synthesis reads them. */
  private final VoteHistory current = new VoteHistory();

  private final List<int[]> overall = new ArrayList<>();
  private final List<int[][]> byGroup = new ArrayList<>();
  // Each statement's bridging score in the last synthesis, NaN when it was not fitted (or hidden).
  private final List<Double> bridging = new ArrayList<>();
  private List<String> labels = List.of();
  private Map<String, Integer> groupOf = Map.of();

  /** A statement was posted: its row, with no votes yet. */
  void added() {
    overall.add(new int[3]);
    byGroup.add(new int[labels.size()][3]);
    bridging.add(Double.NaN);
  }

  /**
   * Counts a vote on a statement (its row and id), cast at an instant, in place of the voter's previous one on it:
   * returns that one, or {@link VoteLog#NONE} for their first, as the log records it.
   */
  int count(int statement, String statementId, String participant, int value, long castAtMillis) {
    // With its instant, so that the integrity check sees votes cast in lockstep (VoteLog#replay
    // does the same for the past).
    int replaced = current.vote(participant, statementId, value, castAtMillis);
    // Who tops the clustering up to its first members is decided at each vote, not at each
    // recomputation: the recomputations happen at other moments in a replay, the votes in the same
    // order (see VoteLog#replay).
    current.tick();
    var counts = overall.get(statement);
    Integer group = groupOf.get(participant);
    var groupCounts = group == null ? null : byGroup.get(statement)[group];
    if (replaced != VoteHistory.NONE) {
      counts[kind(replaced)]--;
      if (groupCounts != null) {
        groupCounts[kind(replaced)]--;
      }
    }
    counts[kind(value)]++;
    if (groupCounts != null) {
      groupCounts[kind(value)]++;
    }
    return replaced == VoteHistory.NONE ? VoteLog.NONE : replaced;
  }

  /** A statement hidden ({@code out}) leaves the synthesis, with its votes kept for when it is restored. */
  void moderate(String statementId, boolean out) {
    current.moderate(statementId, out);
  }

  /** A copy of the current votes, taken in one step, for a recomputation. */
  VoteMatrix snapshot() {
    return current.snapshot();
  }

  /** A participant's current vote on each of these statements they voted on, one look-up per statement. */
  Map<String, Vote> votesOf(String participant, List<StatementRecord> statements) {
    var votes = new LinkedHashMap<String, Vote>();
    for (var record : statements) {
      int value = current.current(participant, record.id());
      if (value != VoteHistory.NONE) {
        votes.put(record.id(), Vote.of(value));
      }
    }
    return votes;
  }

  /** The statement's agree (0), disagree (1) or pass (2) count. */
  int count(int statement, int kind) {
    return overall.get(statement)[kind];
  }

  Tally tally(int statement) {
    var counts = overall.get(statement);
    return new Tally(counts[0], counts[1], counts[2]);
  }

  /** The statement's bridging score in the last synthesis; null when it was not computed (too few votes). */
  @Nullable Double bridging(int statement) {
    double score = bridging.get(statement);
    return Double.isNaN(score) ? null : score;
  }

  /** A vote's stream update: the statement's counts now, overall and per group of the last clustering. */
  VoteUpdate update(StatementRecord record, VoteCast event) {
    var counts = tally(record.index);
    return new VoteUpdate(
        record.id(),
        event.vote().name(),
        event.castAt(),
        counts.agree(),
        counts.disagree(),
        counts.pass(),
        groups(record.index));
  }

  /** The statement's counts in each group of the last clustering, in the clustering's order. */
  List<GroupTally> groups(int statement) {
    var rows = byGroup.get(statement);
    var out = new ArrayList<GroupTally>(labels.size());
    for (int g = 0; g < labels.size() && g < rows.length; g++) {
      out.add(new GroupTally(labels.get(g), rows[g][0], rows[g][1], rows[g][2]));
    }
    return out;
  }

  /** Each clustered participant's group label. */
  Map<String, String> groupOfParticipants() {
    var groups = new HashMap<String, String>();
    groupOf.forEach((participant, g) -> groups.put(participant, labels.get(g)));
    return groups;
  }

  /**
   * Takes the groups of a new clustering and their counts from it, then counts again the votes of the log from
   * {@code fromLogSize} on, which arrived while it was computed.
   *
   * @param rowOf a statement's row, or -1 for one this tally does not have
   * @param participantAt the participant id of a row of the log
   */
  void regroup(
      Synthesis result,
      ToIntFunction<String> rowOf,
      VoteLog log,
      int fromLogSize,
      IntFunction<String> participantAt) {
    labels = result.groups().stream().map(group -> group.label()).toList();
    var labelIndex = new HashMap<String, Integer>();
    for (int g = 0; g < labels.size(); g++) {
      labelIndex.put(labels.get(g), g);
    }
    var membership = new HashMap<String, Integer>();
    for (var group : result.groups()) {
      int g = labelIndex.get(group.label());
      group.members().forEach(member -> membership.put(member, g));
    }
    groupOf = membership;
    for (int s = 0; s < byGroup.size(); s++) {
      byGroup.set(s, new int[labels.size()][3]);
      bridging.set(s, Double.NaN);
    }
    for (var score : result.statements()) {
      int row = rowOf.applyAsInt(score.statement());
      if (row >= 0) {
        bridging.set(row, score.bridging());
        for (var votes : score.groups()) {
          var counts = byGroup.get(row)[labelIndex.get(votes.group())];
          counts[0] = votes.agree();
          counts[1] = votes.disagree();
          counts[2] = votes.pass();
        }
      }
    }
    for (int i = fromLogSize; i < log.size(); i++) {
      Integer g = groupOf.get(participantAt.apply(log.participant(i)));
      if (g != null) {
        var counts = byGroup.get(log.statement(i))[g];
        if (log.previous(i) != VoteLog.NONE) {
          counts[kind(log.previous(i))]--;
        }
        counts[kind(log.vote(i))]++;
      }
    }
  }
}
