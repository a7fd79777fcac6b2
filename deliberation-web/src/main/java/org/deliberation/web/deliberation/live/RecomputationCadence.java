package org.deliberation.web.deliberation.live;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import reactor.core.scheduler.Scheduler;

/**
 * When one project's synthesis is recomputed: at once after a quiet spell, otherwise {@code interval} after the
 * previous recomputation started; a change made while one is scheduled joins it, so a burst of votes costs one. Time
 * is the scheduler's, so a test drives it with virtual time.
 */
final class RecomputationCadence {

  private final Scheduler scheduler;
  private final long intervalMillis;
  private boolean scheduled;
  private boolean ran;
  private long lastStartMillis;

  RecomputationCadence(Scheduler scheduler, Duration interval) {
    this.scheduler = scheduler;
    this.intervalMillis = interval.toMillis();
  }

  /**
   * A change the synthesis should include. The flag is cleared before {@code recompute} takes its snapshot, so a change
   * made after the snapshot always schedules another recomputation; none is left out.
   */
  synchronized void changed(Runnable recompute) {
    if (scheduled) {
      return;
    }
    scheduled = true;
    // Clamped: a wall clock that jumps moves one recomputation by at most the interval, never by
    // the jump.
    long wait =
        ran
            ? Math.clamp(
                lastStartMillis + intervalMillis - scheduler.now(TimeUnit.MILLISECONDS),
                0,
                intervalMillis)
            : 0;
    scheduler.schedule(
        () -> {
          started();
          recompute.run();
        },
        wait,
        TimeUnit.MILLISECONDS);
  }

  private synchronized void started() {
    scheduled = false;
    ran = true;
    lastStartMillis = scheduler.now(TimeUnit.MILLISECONDS);
  }
}
