package org.deliberation.web.platform.limits;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

/** A wait in the unit a person reads it in: seconds under two minutes, minutes under two hours, then hours. */
public record Waits(long amount, ChronoUnit unit) {

  /** Rounded up, so that a person who waits as long as told is not refused again. */
  public static Waits of(Duration wait) {
    long seconds = Math.max(1, ceilSeconds(wait));
    if (seconds < 120) {
      return new Waits(seconds, ChronoUnit.SECONDS);
    }
    if (seconds < 7200) {
      return new Waits((seconds + 59) / 60, ChronoUnit.MINUTES);
    }
    return new Waits((seconds + 3599) / 3600, ChronoUnit.HOURS);
  }

  static long ceilSeconds(Duration wait) {
    return wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
  }

  static String english(Duration wait) {
    var of = of(wait);
    var unit =
        switch (of.unit) {
          case SECONDS -> "second";
          case MINUTES -> "minute";
          default -> "hour";
        };
    return of.amount + " " + unit + (of.amount == 1 ? "" : "s");
  }
}
