package org.deliberation.web.platform.security;

import org.deliberation.core.common.Actor;
import reactor.core.publisher.Mono;

/** Who a sign-in token belongs to: the one thing security asks of the participants' feature. */
public interface Callers {

  /** The participant a valid token signs in, with their current roles; empty when it is unknown or expired. */
  Mono<Actor> caller(String token);
}
