package org.deliberation.web.platform.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.deliberation.core.common.Actor;
import org.deliberation.web.platform.config.DeliberationProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * How often each action may be taken, by (limit name, key): a Bucket4j local bucket per pair, kept in a Caffeine
 * cache that forgets a pair once it has been idle long enough to be full again, and the least recently used past
 * {@code deliberation.limits.max-keys}, so that no flood of addresses or e-mails grows the memory without bound.
 * Counted on this node only: with N nodes a client spread over all of them gets at most N times each limit.
 * {@code deliberation.limits.enabled=false} lets everything through.
 */
@Component
public class RateLimits {

  private record Key(String limit, String key) {}

  private final boolean enabled;
  private final Clock clock;
  private final ClientAddresses addresses;
  private final TimeMeter time;
  private final Cache<Key, LimitState> states;

  @Autowired
  public RateLimits(DeliberationProperties properties, ClientAddresses addresses, Clock clock) {
    this(
        properties.limits().enabled(),
        properties.limits().maxKeys(),
        addresses,
        clock,
        Runnable::run);
  }

  RateLimits(
      boolean enabled, int maxKeys, ClientAddresses addresses, Clock clock, Executor maintenance) {
    this.enabled = enabled;
    this.clock = clock;
    this.addresses = addresses;
    this.time = new ClockTime(clock);
    this.states =
        Caffeine.newBuilder()
            .maximumSize(maxKeys)
            .expireAfter(Expiry.<Key, LimitState>accessing((key, state) -> state.keptFor()))
            .ticker(time::currentTimeNanos)
            .executor(maintenance)
            .build();
  }

  /** Counts one action of {@code key} against {@code limit}; a {@link LimitExceededException} when used up. */
  public void take(Limit limit, String key) {
    if (enabled) {
      state(limit, Duration.ZERO, key).take(clock.instant());
    }
  }

  /** Counts one action against the client address of the request being handled (none outside a request). */
  public Mono<Void> takeForAddress(Limit limit) {
    if (!enabled) {
      return Mono.empty();
    }
    return Mono.deferContextual(
        context -> {
          addresses.of(context).ifPresent(address -> take(limit, address));
          return Mono.empty();
        });
  }

  /** Counts one action against the participant and against the client address; the participant's first. */
  public Mono<Void> take(ActionLimit limit, Actor by) {
    if (!enabled) {
      return Mono.empty();
    }
    return Mono.fromRunnable(() -> take(limit.perParticipant(), by.id().value()))
        .then(takeForAddress(limit.perAddress()));
  }

  /**
   * Runs an attempt that fails by being empty (a sign-in with a wrong password), limited by its failures per
   * {@code key} and per client address apart. While either is used up the attempt is refused, even if it would have
   * succeeded, and a further failure doubles the wait; a success clears the key's failures (not the address's, which
   * any account of the same guesser would otherwise clear). The attempt always runs, so that a refusal takes as long
   * as an answer and tells nothing about the password.
   */
  public <T> Mono<T> attempt(
      FailureLimit perKey, String key, FailureLimit perAddress, Mono<T> attempt) {
    if (!enabled) {
      return attempt;
    }
    return Mono.deferContextual(
        context -> {
          var keyState = state(perKey.limit(), perKey.maxWait(), key);
          Optional<LimitState> addressState =
              addresses
                  .of(context)
                  .map(address -> state(perAddress.limit(), perAddress.maxWait(), address));
          var start = clock.instant();
          boolean limited =
              keyState.refusal(start) != null
                  || addressState.map(state -> state.refusal(start) != null).orElse(false);
          return attempt
              .map(Optional::of)
              .defaultIfEmpty(Optional.empty())
              .flatMap(
                  outcome -> {
                    var now = clock.instant();
                    if (outcome.isEmpty()) {
                      keyState.fail(now);
                      addressState.ifPresent(state -> state.fail(now));
                    }
                    // Refused when limited as it started; unless the wait lapsed while the password
                    // was checked.
                    var refusal = limited ? longest(keyState, addressState, now) : null;
                    if (refusal != null) {
                      return Mono.error(refusal);
                    }
                    if (outcome.isEmpty()) {
                      return Mono.empty();
                    }
                    states.invalidate(new Key(perKey.limit().name(), key));
                    return Mono.just(outcome.get());
                  });
        });
  }

  /** How many (limit, key) pairs this node holds now. */
  long tracked() {
    states.cleanUp();
    return states.estimatedSize();
  }

  private static @Nullable LimitExceededException longest(
      LimitState keyState, Optional<LimitState> addressState, Instant now) {
    var first = keyState.refusal(now);
    var second = addressState.map(state -> state.refusal(now)).orElse(null);
    if (first == null) {
      return second;
    }
    return second != null && second.retryAfter().compareTo(first.retryAfter()) > 0 ? second : first;
  }

  private LimitState state(Limit limit, Duration maxWait, String key) {
    return states.get(new Key(limit.name(), key), k -> new LimitState(limit, maxWait, time));
  }

  /** Bucket4j and Caffeine on the one Clock bean, which tests move by hand. */
  private record ClockTime(Clock clock) implements TimeMeter {

    @Override
    public long currentTimeNanos() {
      var now = clock.instant();
      return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @Override
    public boolean isWallClockBased() {
      return true;
    }
  }
}
