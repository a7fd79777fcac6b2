package org.deliberation.web.platform.http;

/**
 * A handler asked for the current actor and the request has none. Mapped to 401 with a {@code WWW-Authenticate:
 * Bearer} challenge for the API, and to the sign-in page for the web pages.
 */
public final class SignInRequiredException extends RuntimeException {

  /** What a request that needs a caller is told. */
  public static final String SIGN_IN_FIRST =
      "Sign in first: send the token from POST /api/tokens as 'Authorization: Bearer <token>'.";

  public SignInRequiredException() {
    super(SIGN_IN_FIRST);
  }
}
