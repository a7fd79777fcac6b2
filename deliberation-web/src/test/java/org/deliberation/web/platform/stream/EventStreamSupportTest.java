package org.deliberation.web.platform.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

/** The keep-alives of every event stream, on virtual time. */
class EventStreamSupportTest {

  private static String describe(ServerSentEvent<String> event) {
    return event.comment() != null ? ":" + event.comment() : event.data();
  }

  @Test
  void anIdleStreamGetsAKeepAliveCommentEveryFifteenSeconds() {
    StepVerifier.withVirtualTime(
            () ->
                EventStreamSupport.withKeepAlive(Flux.<ServerSentEvent<String>>never())
                    .map(EventStreamSupportTest::describe))
        .expectSubscription()
        .expectNoEvent(EventStreamSupport.KEEP_ALIVE)
        .expectNext(":keep-alive")
        .expectNoEvent(EventStreamSupport.KEEP_ALIVE)
        .expectNext(":keep-alive")
        .thenCancel()
        .verify(Duration.ofSeconds(30)); // a guard against a hang, never reached by virtual time
  }

  @Test
  void eventsGoThroughAtOnceBetweenKeepAlives() {
    var events = Sinks.many().unicast().<ServerSentEvent<String>>onBackpressureBuffer();
    StepVerifier.withVirtualTime(
            () ->
                EventStreamSupport.withKeepAlive(events.asFlux())
                    .map(EventStreamSupportTest::describe))
        .expectSubscription()
        .expectNoEvent(Duration.ofSeconds(10))
        .then(() -> events.tryEmitNext(ServerSentEvent.builder("vote").build()))
        .expectNext("vote")
        .expectNoEvent(Duration.ofSeconds(5))
        .expectNext(":keep-alive")
        .thenCancel()
        .verify(Duration.ofSeconds(30));
  }

  @Test
  void keepAlivesTickFromTheStartWhateverTheEvents() {
    StepVerifier.withVirtualTime(
            () ->
                EventStreamSupport.withKeepAlive(
                        Flux.just(ServerSentEvent.builder("synthesis").build())
                            .delayElements(Duration.ofSeconds(20)))
                    .map(EventStreamSupportTest::describe)
                    .take(3))
        .expectSubscription()
        .expectNoEvent(EventStreamSupport.KEEP_ALIVE)
        .expectNext(":keep-alive")
        .expectNoEvent(Duration.ofSeconds(5))
        .expectNext("synthesis")
        .expectNoEvent(Duration.ofSeconds(10))
        .expectNext(":keep-alive")
        .verifyComplete();
  }

  @Test
  void aStreamThatFailsEndsWithItsKeepAlives() {
    StepVerifier.withVirtualTime(
            () ->
                EventStreamSupport.withKeepAlive(
                        Flux.<ServerSentEvent<String>>error(
                                new IllegalStateException("the reader is too slow"))
                            .delaySubscription(Duration.ofSeconds(20)))
                    .map(EventStreamSupportTest::describe))
        .expectSubscription()
        .expectNoEvent(EventStreamSupport.KEEP_ALIVE)
        .expectNext(":keep-alive")
        .thenAwait(Duration.ofSeconds(5))
        .expectError(IllegalStateException.class)
        .verify(Duration.ofSeconds(30));
  }

  @Test
  void anEventIsFramedOnceAsTheStreamWritesItOneDataLinePerLine() {
    assertThat(
            new String(
                EventStreamSupport.frame("12", "vote", null, "{\"a\":1}"),
                java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("id:12\nevent:vote\ndata:{\"a\":1}\n\n");
    assertThat(
            new String(
                EventStreamSupport.frame(null, "resume", Duration.ofSeconds(1), "two\nlines é"),
                java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("event:resume\nretry:1000\ndata:two\ndata:lines é\n\n");
  }
}
