package org.deliberation.web.platform.http;

/** A change that needs {@code If-Match} and came without it; mapped to 428. */
public final class PreconditionRequiredException extends RuntimeException {

  public PreconditionRequiredException(String detail) {
    super(detail);
  }
}
