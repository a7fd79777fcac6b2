package org.deliberation.web.platform.limits;

import java.time.Duration;

/**
 * A named allowance: at most {@code capacity} actions at once, coming back gradually over {@code period} (one every
 * {@code period / capacity}), so that a steady pace under the limit is never refused.
 *
 * @param name what a refusal names it by, e.g. {@code votes-per-participant}
 */
public record Limit(String name, long capacity, Duration period) {

  public Limit {
    if (name.isBlank()) {
      throw new IllegalArgumentException("a limit needs a name");
    }
    if (capacity < 1) {
      throw new IllegalArgumentException(name + ": the capacity must be at least 1");
    }
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException(name + ": the period must be positive");
    }
  }

  /** How long one used action takes to come back. */
  Duration oneBack() {
    return period.dividedBy(capacity);
  }

  /** The limit in words, for a refusal's detail. */
  String describe() {
    return capacity + " per " + Waits.english(period);
  }
}
