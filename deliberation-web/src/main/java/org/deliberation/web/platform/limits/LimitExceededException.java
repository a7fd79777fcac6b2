package org.deliberation.web.platform.limits;

import java.time.Duration;
import java.time.Instant;

/**
 * An action refused because a limit is used up for now: answered 429 with {@code Retry-After}, the limit's name and
 * when it lets the next one through. The message is the API's (English) detail; the pages word it in the reader's
 * language from {@link #waits()}.
 *
 * @param limit the limit's name
 * @param retryAfter how long until the next action is let through
 * @param resetsAt the instant it is let through
 */
public final class LimitExceededException extends RuntimeException {

  private final String limit;
  private final Duration retryAfter;
  private final Instant resetsAt;

  public LimitExceededException(String limit, Duration retryAfter, Instant resetsAt) {
    super(
        "Too many requests of this kind in a short time (limit "
            + limit
            + "). Wait "
            + Waits.english(retryAfter)
            + " and try again.",
        null,
        false,
        false);
    this.limit = limit;
    this.retryAfter = retryAfter;
    this.resetsAt = resetsAt;
  }

  static LimitExceededException of(Limit limit, Duration wait, Instant now) {
    // Whole seconds, as Retry-After counts them, rounded up: retrying then is let through.
    var rounded = Duration.ofSeconds(Math.max(1, Waits.ceilSeconds(wait)));
    return new LimitExceededException(limit.name(), rounded, now.plus(rounded));
  }

  public String limit() {
    return limit;
  }

  public Duration retryAfter() {
    return retryAfter;
  }

  /** {@code Retry-After}'s value: whole seconds, at least one. */
  public long retryAfterSeconds() {
    return Math.max(1, Waits.ceilSeconds(retryAfter));
  }

  public Instant resetsAt() {
    return resetsAt;
  }

  public Waits waits() {
    return Waits.of(retryAfter);
  }
}
