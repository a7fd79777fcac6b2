package org.deliberation.web.platform.security;

import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Checks a {@link SignInAttempt}'s token against the store of sessions: a token that is known, unexpired and whose
 * participant is not erased becomes a {@link SessionAuthentication} with the participant's current roles; any other
 * is refused, the reason naming where it came from. Signing out and erasure delete the token from that store, so
 * the next request made with it is refused here.
 */
@Component
public class SignInManager implements ReactiveAuthenticationManager {

  private final Callers callers;

  public SignInManager(Callers callers) {
    this.callers = callers;
  }

  @Override
  public Mono<Authentication> authenticate(Authentication authentication) {
    if (!(authentication instanceof SignInAttempt attempt)) {
      return Mono.empty(); // not ours to decide
    }
    var refused =
        attempt.source() == SignInAttempt.Source.BEARER
            ? SignInRefused.Reason.UNKNOWN_TOKEN
            : SignInRefused.Reason.ENDED_SESSION;
    return callers
        .caller(attempt.token())
        .<Authentication>map(actor -> new SessionAuthentication(actor, attempt.token()))
        .switchIfEmpty(Mono.error(() -> new SignInRefused(refused)));
  }
}
