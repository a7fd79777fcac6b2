package org.deliberation.web.platform.limits;

import java.time.Duration;

/**
 * Failures allowed before a key is refused, and the longest wait the back-off grows to: once {@code limit} is used
 * up, each further failure doubles the wait, from the time one failure takes to come back up to {@code maxWait}.
 */
public record FailureLimit(Limit limit, Duration maxWait) {

  public FailureLimit {
    if (maxWait.compareTo(limit.oneBack()) < 0) {
      throw new IllegalArgumentException(
          limit.name() + ": the longest wait is shorter than one failure takes to come back");
    }
  }
}
