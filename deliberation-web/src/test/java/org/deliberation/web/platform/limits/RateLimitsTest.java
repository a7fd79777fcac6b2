package org.deliberation.web.platform.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Set;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.Role;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.filter.reactive.ServerWebExchangeContextFilter;
import reactor.core.publisher.Mono;

/** The limits on a clock moved by hand: no test waits for real time. */
class RateLimitsTest {

  private final HandClock clock = new HandClock();
  private final Limit threePerMinute = new Limit("things-per-key", 3, Duration.ofMinutes(1));
  private final FailureLimit fivePerQuarter =
      new FailureLimit(
          new Limit("failures-per-account", 5, Duration.ofMinutes(15)), Duration.ofHours(1));
  private final FailureLimit twentyPerQuarter =
      new FailureLimit(
          new Limit("failures-per-address", 20, Duration.ofMinutes(15)), Duration.ofHours(1));

  private RateLimits limits(boolean enabled, int maxKeys) {
    return new RateLimits(enabled, maxKeys, new ClientAddresses(false), clock, Runnable::run);
  }

  @Test
  void aLimitUsedUpRefusesWithItsNameAndTheWaitForOneMore() {
    var limits = limits(true, 1000);
    for (int i = 0; i < 3; i++) {
      limits.take(threePerMinute, "k");
    }
    var refused =
        catchThrowableOfType(LimitExceededException.class, () -> limits.take(threePerMinute, "k"));
    assertThat(refused.limit()).isEqualTo("things-per-key");
    // One action comes back every 20 s (3 per minute, gradually).
    assertThat(refused.retryAfterSeconds()).isEqualTo(20);
    assertThat(refused.resetsAt()).isEqualTo(clock.instant().plusSeconds(20));
    assertThat(refused.getMessage()).contains("things-per-key").contains("20 seconds");

    limits.take(threePerMinute, "other"); // another key has its own allowance
    clock.advance(Duration.ofSeconds(20));
    limits.take(threePerMinute, "k");
    assertThatThrownBy(() -> limits.take(threePerMinute, "k"))
        .isInstanceOf(LimitExceededException.class);
  }

  @Test
  void disabledLetsEverythingThrough() {
    var limits = limits(false, 1000);
    for (int i = 0; i < 100; i++) {
      limits.take(threePerMinute, "k");
      assertThat(signIn(limits, "a@x", "10.0.0.1", false).block()).isNull();
    }
    assertThat(limits.tracked()).isZero();
  }

  @Test
  void failuresPastTheLimitDoubleTheWaitUpToTheLongest() {
    var limits = limits(true, 1000);
    for (int i = 0; i < 5; i++) {
      assertThat(signIn(limits, "a@x", "10.0.0.1", false).blockOptional()).isEmpty();
    }
    var waits = new ArrayList<Long>();
    for (int i = 0; i < 8; i++) {
      waits.add(refusal(limits, "a@x", "10.0.0.1", false).retryAfterSeconds());
    }
    // 15 minutes / 5 = 3 minutes for one failure to come back, then doubling, up to one hour.
    assertThat(waits).containsExactly(180L, 360L, 720L, 1440L, 2880L, 3600L, 3600L, 3600L);
  }

  @Test
  void theRightPasswordIsRefusedWhileLimitedAndASuccessClearsTheAccount() {
    var limits = limits(true, 1000);
    for (int i = 0; i < 5; i++) {
      signIn(limits, "a@x", "10.0.0.1", false).block();
    }
    var refused = refusal(limits, "a@x", "10.0.0.1", true);
    assertThat(refused.limit()).isEqualTo("failures-per-account");
    assertThat(refused.retryAfterSeconds()).isEqualTo(180); // the right password does not grow it

    clock.advance(Duration.ofMinutes(3));
    assertThat(signIn(limits, "a@x", "10.0.0.1", true).block()).isEqualTo("token");
    // Cleared: five failures again before the account is limited.
    for (int i = 0; i < 5; i++) {
      assertThat(signIn(limits, "a@x", "10.0.0.2", false).blockOptional()).isEmpty();
    }
    assertThat(refusal(limits, "a@x", "10.0.0.3", false).limit()).isEqualTo("failures-per-account");
  }

  @Test
  void oneAddressGuessingManyAccountsIsLimitedByItsAddress() {
    var limits = limits(true, 1000);
    for (int i = 0; i < 20; i++) {
      assertThat(signIn(limits, "person" + i + "@x", "10.0.0.9", false).blockOptional()).isEmpty();
    }
    assertThat(refusal(limits, "fresh@x", "10.0.0.9", false).limit())
        .isEqualTo("failures-per-address");
    // Another address is not touched by it.
    assertThat(signIn(limits, "fresh@x", "10.0.0.10", true).block()).isEqualTo("token");
  }

  @Test
  void actionsCountPerParticipantAndPerAddress() {
    var limits = limits(true, 1000);
    var action =
        new ActionLimit(
            new Limit("votes-per-participant", 2, Duration.ofMinutes(1)),
            new Limit("votes-per-address", 3, Duration.ofMinutes(1)));
    var alice = new Actor(new ParticipantId("alice"), Set.of(Role.CITIZEN));
    var bob = new Actor(new ParticipantId("bob"), Set.of(Role.CITIZEN));
    from(limits.take(action, alice), "10.0.0.1").block();
    from(limits.take(action, alice), "10.0.0.1").block();
    assertThatThrownBy(() -> from(limits.take(action, alice), "10.0.0.1").block())
        .hasFieldOrPropertyWithValue("limit", "votes-per-participant");
    // Alice's third was refused before it reached the address: the address has used two of three.
    from(limits.take(action, bob), "10.0.0.1").block();
    assertThatThrownBy(() -> from(limits.take(action, bob), "10.0.0.1").block())
        .hasFieldOrPropertyWithValue("limit", "votes-per-address");
    // Outside a request there is no address to count: the used-up address does not refuse Carol.
    var carol = new Actor(new ParticipantId("carol"), Set.of(Role.CITIZEN));
    limits.take(action, carol).block();
    limits.take(action, carol).block();
  }

  @Test
  void memoryIsBoundedWhateverTheNumberOfKeys() {
    var limits = limits(true, 100);
    for (int i = 0; i < 10_000; i++) {
      limits.take(threePerMinute, "address-" + i);
    }
    assertThat(limits.tracked()).isLessThanOrEqualTo(100);
  }

  @Test
  void aKeyIdleLongEnoughToBeFullAgainIsForgotten() {
    var limits = limits(true, 1000);
    limits.take(threePerMinute, "k");
    assertThat(limits.tracked()).isEqualTo(1);
    clock.advance(Duration.ofMinutes(1).plusSeconds(1));
    assertThat(limits.tracked()).isZero();
  }

  /** Two instances stand for two nodes: each enforces its own limit, so together they let twice as much through. */
  @Test
  void eachNodeCountsApartSoNNodesLetNTimesTheLimitThrough() {
    var nodes = new RateLimits[] {limits(true, 1000), limits(true, 1000)};
    int admitted = 0;
    for (int i = 0; i < 10; i++) {
      try {
        nodes[i % 2].take(threePerMinute, "spread");
        admitted++;
      } catch (LimitExceededException refused) {
        assertThat(refused.limit()).isEqualTo("things-per-key");
      }
    }
    assertThat(admitted).isEqualTo(nodes.length * 3);
    for (var node : nodes) {
      assertThatThrownBy(() -> node.take(threePerMinute, "spread"))
          .isInstanceOf(LimitExceededException.class);
    }
  }

  /** A sign-in whose password is right or wrong, from an address. */
  private Mono<String> signIn(RateLimits limits, String email, String address, boolean right) {
    return from(
        limits.attempt(
            fivePerQuarter,
            email,
            twentyPerQuarter,
            right ? Mono.just("token") : Mono.<String>empty()),
        address);
  }

  private LimitExceededException refusal(
      RateLimits limits, String email, String address, boolean right) {
    return catchThrowableOfType(
        LimitExceededException.class, () -> signIn(limits, email, address, right).block());
  }

  private static <T> Mono<T> from(Mono<T> call, String address) {
    var exchange =
        MockServerWebExchange.from(
            MockServerHttpRequest.get("/")
                .remoteAddress(new InetSocketAddress(address, 40000))
                .build());
    return call.contextWrite(
        context ->
            context.put(ServerWebExchangeContextFilter.EXCHANGE_CONTEXT_ATTRIBUTE, exchange));
  }
}
