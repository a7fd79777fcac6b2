package org.deliberation.web.platform.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A token a request presents, not yet checked: from {@code Authorization: Bearer} or from the pages' session cookie.
 * Where it came from decides what happens when it turns out unknown or expired (see {@link Refusals}).
 */
public final class SignInAttempt extends AbstractAuthenticationToken {

  /** Where the token was found. */
  public enum Source {
    BEARER,
    SESSION_COOKIE
  }

  private final String token;
  private final Source source;

  public SignInAttempt(String token, Source source) {
    super(List.of());
    this.token = token;
    this.source = source;
  }

  public String token() {
    return token;
  }

  public Source source() {
    return source;
  }

  @Override
  public String getCredentials() {
    return token;
  }

  @Override
  public Object getPrincipal() {
    return source;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SignInAttempt that && token.equals(that.token) && source == that.source;
  }

  @Override
  public int hashCode() {
    return token.hashCode() * 31 + source.hashCode();
  }

  @Override
  public String toString() {
    return "SignInAttempt["
        + source
        + "]"; // never the token itself, which would sign anyone in from a log
  }
}
