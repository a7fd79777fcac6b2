package org.deliberation.web.platform.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The clock on Netty's embedded channel, whose time moves only when the test says so. */
class ConnectionClockTest {

  private static EmbeddedChannel connection() {
    var clock = new ConnectionClock(Duration.ofSeconds(60), Duration.ofSeconds(10));
    return new EmbeddedChannel(clock.bytesSide(), new HttpServerCodec(), clock.messagesSide());
  }

  private static void send(EmbeddedChannel channel, String text) {
    channel.writeInbound(Unpooled.copiedBuffer(text, StandardCharsets.ISO_8859_1));
  }

  @Test
  void closesASilentConnectionAfterTheIdleTimeout() {
    var channel = connection();
    channel.advanceTimeBy(59, TimeUnit.SECONDS);
    channel.runScheduledPendingTasks();
    assertThat(channel.isActive()).isTrue();
    channel.advanceTimeBy(2, TimeUnit.SECONDS);
    channel.runScheduledPendingTasks();
    assertThat(channel.isActive()).isFalse();
  }

  @Test
  void answers408WhenHeadersTrickleInPastTheHeaderTimeout() {
    var channel = connection();
    send(channel, "GET / HTTP/1.1\r\n");
    for (int second = 0; second < 9; second++) {
      channel.advanceTimeBy(1, TimeUnit.SECONDS);
      send(channel, "X");
      channel.runScheduledPendingTasks();
    }
    assertThat(channel.isActive()).isTrue();
    channel.advanceTimeBy(2, TimeUnit.SECONDS);
    channel.runScheduledPendingTasks();
    assertThat(channel.isActive()).isFalse();
    var written = channel.<io.netty.buffer.ByteBuf>readOutbound();
    assertThat(written.toString(StandardCharsets.US_ASCII)).startsWith("HTTP/1.1 408 ");
  }

  @Test
  void hasNoClockWhileAnswering() {
    var channel = connection();
    send(channel, "GET /api/stream HTTP/1.1\r\nHost: x\r\n\r\n");
    assertThat(channel.<Object>readInbound()).isNotNull();
    channel.advanceTimeBy(10, TimeUnit.MINUTES);
    channel.runScheduledPendingTasks();
    assertThat(channel.isActive()).as("an answer in progress is never cut").isTrue();

    channel.writeOutbound(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK));
    channel.advanceTimeBy(61, TimeUnit.SECONDS);
    channel.runScheduledPendingTasks();
    assertThat(channel.isActive()).as("idle again once answered").isFalse();
  }
}
