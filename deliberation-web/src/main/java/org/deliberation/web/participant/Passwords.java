package org.deliberation.web.participant;

import org.deliberation.web.platform.config.DeliberationProperties;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Password hashing with BCrypt (Spring Security's encoder: salted, deliberately slow, a kept library). Hashing takes
 * tens of milliseconds on purpose, so it runs off the event loop.
 */
@Component
public class Passwords {

  /** BCrypt reads at most 72 bytes of a password; longer ones are refused rather than silently cut. */
  public static final int MAX_BYTES = 72;

  private final BCryptPasswordEncoder encoder;

  // Compared against when the e-mail is unknown, so that a failed sign-in takes as long either way.
  // Hashed off the
  // start's own thread (a BCrypt hash on purpose takes tens of milliseconds), and kept once done.
  private final Mono<String> decoy;

  public Passwords(DeliberationProperties properties) {
    this.encoder = new BCryptPasswordEncoder(properties.sessions().passwordStrength());
    this.decoy =
        Mono.fromCallable(() -> encoder.encode("not a password anyone has"))
            .subscribeOn(Schedulers.boundedElastic())
            .cache();
    decoy.subscribe();
  }

  public Mono<String> hash(String password) {
    return Mono.fromCallable(() -> encoder.encode(password))
        .subscribeOn(Schedulers.boundedElastic());
  }

  public Mono<Boolean> matches(String password, String hash) {
    return Mono.fromCallable(() -> encoder.matches(password, hash))
        .subscribeOn(Schedulers.boundedElastic());
  }

  public Mono<Boolean> matchesNothing(String password) {
    return decoy.flatMap(hash -> matches(password, hash)).map(ignored -> false);
  }
}
