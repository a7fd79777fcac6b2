package org.deliberation.web.platform.http;

/** A request that cannot be understood as sent (a malformed header or query parameter); mapped to 400. */
public final class BadRequestException extends RuntimeException {

  private final String field;

  public BadRequestException(String field, String detail) {
    super(detail);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
