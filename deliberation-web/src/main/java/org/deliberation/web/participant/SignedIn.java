package org.deliberation.web.participant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.web.platform.security.Callers;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Who a bearer token signs in, remembered for a few seconds: a participant voting on a hundred statements should not
 * cost two database reads per vote. Role changes and erasures made on this server forget the participant at once; on
 * another server of the same store they take effect within {@link #REMEMBERED}.
 */
@Component
public class SignedIn implements Callers {

  static final Duration REMEMBERED = Duration.ofSeconds(10);

  private record Caller(Actor actor, Instant expiresAt) {}

  private final SessionTokens sessions;
  private final ParticipantAccounts accounts;
  private final Clock clock;
  private final Cache<String, Caller> callers =
      Caffeine.newBuilder().expireAfterWrite(REMEMBERED).maximumSize(100_000).build();

  public SignedIn(SessionTokens sessions, ParticipantAccounts accounts, Clock clock) {
    this.sessions = sessions;
    this.accounts = accounts;
    this.clock = clock;
  }

  /** The participant a valid token signs in, with their roles; empty when the token is unknown or expired. */
  @Override
  public Mono<Actor> caller(String token) {
    var key = SessionTokens.hash(token);
    var known = callers.getIfPresent(key);
    if (known != null) {
      return known.expiresAt().isAfter(clock.instant()) ? Mono.just(known.actor()) : Mono.empty();
    }
    return sessions
        .resolve(token)
        .flatMap(
            session ->
                accounts
                    .byId(session.participant())
                    .map(
                        account -> {
                          callers.put(key, new Caller(account.actor(), session.expiresAt()));
                          return account.actor();
                        }));
  }

  /** Forgets one token, when its participant signs out. */
  public void forget(String token) {
    callers.invalidate(SessionTokens.hash(token));
  }

  /** Forgets every token of the participant, after a change of roles or an erasure. */
  public void forget(ParticipantId participant) {
    callers.asMap().values().removeIf(caller -> caller.actor().id().equals(participant));
  }
}
