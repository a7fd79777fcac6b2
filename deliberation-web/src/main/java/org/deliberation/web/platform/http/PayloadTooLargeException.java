package org.deliberation.web.platform.http;

/** A body or a field over its size limit; mapped to 413. */
public final class PayloadTooLargeException extends RuntimeException {

  public PayloadTooLargeException(String detail) {
    super(detail);
  }
}
