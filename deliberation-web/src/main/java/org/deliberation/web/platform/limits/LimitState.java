package org.deliberation.web.platform.limits;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One key's allowance under one limit: a Bucket4j local bucket, and for failures the back-off that grows while the
 * bucket is empty. Synchronized: the bucket and the back-off change together.
 */
final class LimitState {

  private final Limit limit;
  private final Duration maxWait;
  private final Bucket bucket;
  private int strikes;
  private @Nullable Instant blockedUntil;

  LimitState(Limit limit, Duration maxWait, TimeMeter time) {
    this.limit = limit;
    this.maxWait = maxWait;
    this.bucket =
        Bucket.builder()
            .addLimit(
                bandwidth ->
                    bandwidth
                        .capacity(limit.capacity())
                        .refillGreedy(limit.capacity(), limit.period()))
            .withCustomTimePrecision(time)
            .build();
  }

  /** How long this key may be forgotten after its last use without letting anything through sooner. */
  Duration keptFor() {
    return limit.period().plus(maxWait);
  }

  /** Takes one action, or says how long until one is let through. */
  synchronized void take(Instant now) {
    var probe = bucket.tryConsumeAndReturnRemaining(1);
    if (!probe.isConsumed()) {
      throw LimitExceededException.of(
          limit, Duration.ofNanos(probe.getNanosToWaitForRefill()), now);
    }
  }

  /** Refused now, if this key is used up or waiting out a back-off. */
  synchronized @Nullable LimitExceededException refusal(Instant now) {
    var wait = waitAt(now);
    return wait.isZero() ? null : LimitExceededException.of(limit, wait, now);
  }

  /**
   * Counts a failure: it uses one of the allowance, or, once none is left, doubles the wait (from the time one
   * failure takes to come back, up to the longest wait).
   */
  synchronized void fail(Instant now) {
    if (waitAt(now).isZero()) {
      bucket.tryConsume(1);
      return;
    }
    strikes = Math.min(strikes + 1, 62);
    var wait = limit.oneBack();
    for (int i = 1; i < strikes && wait.compareTo(maxWait) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    blockedUntil = now.plus(wait.compareTo(maxWait) < 0 ? wait : maxWait);
  }

  private Duration waitAt(Instant now) {
    var estimate = bucket.estimateAbilityToConsume(1);
    var refill =
        estimate.canBeConsumed()
            ? Duration.ZERO
            : Duration.ofNanos(estimate.getNanosToWaitForRefill());
    var backoff =
        blockedUntil == null || !blockedUntil.isAfter(now)
            ? Duration.ZERO
            : Duration.between(now, blockedUntil);
    return refill.compareTo(backoff) >= 0 ? refill : backoff;
  }
}
