package org.deliberation.web.deliberation.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.deliberation.core.synthesis.VoteHistory;

/**
 * Every vote of a project in the order the event store delivered them, in parallel primitive arrays (about 40 bytes a
 * vote), and its voters, each a row: what time travel replays up to an instant, what a resuming stream reads after a
 * position, what an export writes. Not thread safe: its {@link ProjectDeliberation} guards it.
 */
final class VoteLog {

  private final Map<String, Integer> rows = new HashMap<>();
  private final List<String> voters = new ArrayList<>();

  private int size;
  private int[] participant = new int[1024];
  private int[] statement = new int[1024];
  private byte[] vote = new byte[1024];
  private byte[] previous = new byte[1024];
  private long[] castAt = new long[1024];
  private long[] position = new long[1024];
  private int[] counts = new int[3 * 1024];

  /** What {@link #previous} gives for a participant's first vote on a statement. */
  static final int NONE = 2;

  /** Records a vote with the statement's counts once it is counted. */
  void add(
      int participantIndex,
      int statementIndex,
      int value,
      int replaced,
      long castAtMillis,
      long eventPosition,
      Tally counts) {
    add(
        participantIndex,
        statementIndex,
        value,
        replaced,
        castAtMillis,
        eventPosition,
        counts.agree(),
        counts.disagree(),
        counts.pass());
  }

  void add(
      int participantIndex,
      int statementIndex,
      int value,
      int replaced,
      long castAtMillis,
      long eventPosition,
      int agree,
      int disagree,
      int pass) {
    if (size == participant.length) {
      int grown = size * 2;
      participant = Arrays.copyOf(participant, grown);
      statement = Arrays.copyOf(statement, grown);
      vote = Arrays.copyOf(vote, grown);
      previous = Arrays.copyOf(previous, grown);
      castAt = Arrays.copyOf(castAt, grown);
      position = Arrays.copyOf(position, grown);
      counts = Arrays.copyOf(counts, 3 * grown);
    }
    participant[size] = participantIndex;
    statement[size] = statementIndex;
    vote[size] = (byte) value;
    previous[size] = (byte) replaced;
    castAt[size] = castAtMillis;
    position[size] = eventPosition;
    counts[3 * size] = agree;
    counts[3 * size + 1] = disagree;
    counts[3 * size + 2] = pass;
    size++;
  }

  int size() {
    return size;
  }

  /** The voter's row, given at their first vote. */
  int row(String participant) {
    return rows.computeIfAbsent(
        participant,
        key -> {
          voters.add(key);
          return voters.size() - 1;
        });
  }

  /** Whether the participant voted at all. */
  boolean voted(String participant) {
    return rows.containsKey(participant);
  }

  /** The participant of a row. */
  String voter(int row) {
    return voters.get(row);
  }

  int voters() {
    return voters.size();
  }

  /** The votes as they stood at an instant, and the position of the last vote cast by then. */
  record Past(VoteHistory history, long position) {}

  /** The votes and moderation as they stood at an instant: the board names each row's statement and says which were hidden then. */
  Past replay(Instant at, StatementBoard board) {
    var past = replay(at.toEpochMilli(), row -> board.at(row).id());
    board.hiddenAt(at).forEach(id -> past.history().moderate(id, true));
    return past;
  }

  /**
   * Replays the votes cast by {@code untilMillis} in the order they were recorded, with their instants, ticking as the
   * live state does at each vote, so that the past is clustered and checked as the live state was.
   *
   * @param statementId the id of a statement row
   */
  Past replay(long untilMillis, IntFunction<String> statementId) {
    var past = new VoteHistory();
    long last = -1;
    for (int i = 0; i < size; i++) {
      if (castAt[i] <= untilMillis) {
        // With its instant, as the live state records it (VoteTally#count).
        past.vote(voters.get(participant[i]), statementId.apply(statement[i]), vote[i], castAt[i]);
        past.tick();
        last = Math.max(last, position[i]);
      }
    }
    return new Past(past, last);
  }

  int participant(int i) {
    return participant[i];
  }

  int statement(int i) {
    return statement[i];
  }

  int vote(int i) {
    return vote[i];
  }

  /** The vote this one replaced, or {@link #NONE}. */
  int previous(int i) {
    return previous[i];
  }

  long castAt(int i) {
    return castAt[i];
  }

  long position(int i) {
    return position[i];
  }

  /** The statement's agree, disagree and pass counts just after vote {@code i}. */
  int count(int i, int kind) {
    return counts[3 * i + kind];
  }

  /** The first entry whose position is above {@code after}: positions only grow along the log. */
  int firstAfter(long after) {
    int low = 0;
    int high = size;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (position[mid] <= after) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
