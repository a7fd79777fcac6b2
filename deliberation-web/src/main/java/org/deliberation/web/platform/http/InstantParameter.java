package org.deliberation.web.platform.http;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The one parser of instants given as request parameters ({@code ?at=}). ISO-8601 allows years far beyond what any
 * debate spans, and arithmetic on them overflows ({@code -999999999-01-01T00:00:00Z} in epoch milliseconds), so
 * only years 1 to 9999 are taken; anything else is a 400 naming the parameter.
 */
public final class InstantParameter {

  static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
  static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

  /** Parses {@code value} as the parameter {@code name}, or throws a {@link BadRequestException} that says why. */
  public static Instant parse(String name, String value) {
    Instant instant;
    try {
      instant = Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequestException(
          name, "must be an ISO-8601 instant such as 2026-03-01T18:00:00Z");
    }
    if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
      throw new BadRequestException(
          name,
          "must be an instant between the years 1 and 9999, such as " + "2026-03-01T18:00:00Z");
    }
    return instant;
  }

  private InstantParameter() {}
}
