package org.deliberation.web.deliberation.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Participation over time: the votes cast in equal spans of a project's history and the people who voted for the
 * first time in each, for the chart under the time slider. Not thread safe: its {@link ProjectDeliberation} guards it.
 */
final class Participation {

  /** How long a scan serves every reader: while votes keep coming, one scan a second is enough for a chart. */
  static final Duration REUSED_FOR = Duration.ofSeconds(1);

  private final Clock clock;
  private long earliestMillis = Long.MAX_VALUE;
  private long latestMillis = Long.MIN_VALUE;
  private @Nullable List<ParticipationSpan> cached;
  private long cachedAtMillis;

  Participation(Clock clock) {
    this.clock = clock;
  }

  /** A vote cast at that instant, as it carries it (an imported vote keeps its own time). */
  void voted(long castAtMillis) {
    earliestMillis = Math.min(earliestMillis, castAtMillis);
    latestMillis = Math.max(latestMillis, castAtMillis);
  }

  /**
   * Where the history starts: the project's creation, or its earliest vote when that is earlier, as for a conversation
   * imported with the votes' own times; now, for a project that has neither yet.
   */
  Instant historyStart(Optional<Instant> created) {
    long start = earliestMillis;
    if (created.isPresent()) {
      start = Math.min(start, created.get().toEpochMilli());
    }
    return start == Long.MAX_VALUE ? clock.instant() : Instant.ofEpochMilli(start);
  }

  /**
   * The votes of the log in {@code count} equal spans from {@code start} to {@code until} (or the latest vote, if
   * later); empty before the first vote.
   */
  List<ParticipationSpan> spans(int count, Instant start, Instant until, VoteLog log) {
    if (log.size() == 0) {
      return List.of();
    }
    long now = clock.millis();
    long age = now - cachedAtMillis;
    // A clock that went back makes the scan stale rather than kept forever.
    if (cached != null && cached.size() == count && age >= 0 && age < REUSED_FOR.toMillis()) {
      return cached;
    }
    cached =
        List.copyOf(
            scan(count, start.toEpochMilli(), Math.max(until.toEpochMilli(), latestMillis), log));
    cachedAtMillis = now;
    return cached;
  }

  private static List<ParticipationSpan> scan(int count, long first, long last, VoteLog log) {
    long width = Math.max(1, (last - first + count) / count);
    var votes = new int[count];
    var newcomers = new int[count];
    var seen = new BitSet(log.voters());
    for (int i = 0; i < log.size(); i++) {
      int span = (int) Math.max(0, Math.min(count - 1, (log.castAt(i) - first) / width));
      votes[span]++;
      if (!seen.get(log.participant(i))) {
        seen.set(log.participant(i));
        newcomers[span]++;
      }
    }
    var spans = new ArrayList<ParticipationSpan>(count);
    int participantsSoFar = 0;
    for (int span = 0; span < count; span++) {
      participantsSoFar += newcomers[span];
      spans.add(
          new ParticipationSpan(
              Instant.ofEpochMilli(first + span * width),
              Instant.ofEpochMilli(first + (span + 1) * width),
              votes[span],
              newcomers[span],
              participantsSoFar));
    }
    return spans;
  }
}
