package org.deliberation.web.api.problem;

/** A change that needs {@code If-Match} and came without it; mapped to 428. */
public final class PreconditionRequiredException extends RuntimeException {

  public PreconditionRequiredException(String detail) {
    super(detail);
  }
}
