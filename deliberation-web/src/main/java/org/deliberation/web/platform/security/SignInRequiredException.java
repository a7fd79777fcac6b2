package org.deliberation.web.platform.security;

/**
 * A handler asked for the current actor and the request has none. Mapped to 401 with a {@code WWW-Authenticate:
 * Bearer} challenge for the API, and to the sign-in page for the web pages.
 */
public final class SignInRequiredException extends RuntimeException {

  public SignInRequiredException() {
    super(Refusals.SIGN_IN_FIRST);
  }
}
