package org.deliberation.web.platform.security;

/** A write without a valid token. Mapped to 401 with a {@code WWW-Authenticate: Bearer} challenge. */
public final class SignInRequiredException extends RuntimeException {

  public SignInRequiredException() {
    super("Sign in first: send the token from POST /api/tokens as 'Authorization: Bearer <token>'.");
  }
}
