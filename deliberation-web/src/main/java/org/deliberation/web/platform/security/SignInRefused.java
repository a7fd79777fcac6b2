package org.deliberation.web.platform.security;

import org.springframework.security.core.AuthenticationException;

/** A token that signs nobody in, and why: {@link Refusals} answers each reason in its own way. */
public final class SignInRefused extends AuthenticationException {

  /** Why the request is not signed in. */
  public enum Reason {
    /** An {@code Authorization} header that is not {@code Bearer <token>}: refused at once. */
    MALFORMED_HEADER,
    /** A bearer token unknown, expired, signed out or of an erased participant: refused at once. */
    UNKNOWN_TOKEN,
    /** A session cookie that no longer signs anyone in: dropped, and the request goes on anonymously. */
    ENDED_SESSION
  }

  private final Reason reason;

  public SignInRefused(Reason reason) {
    super(reason.name());
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
