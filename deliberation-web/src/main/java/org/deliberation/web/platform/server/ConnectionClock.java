package org.deliberation.web.platform.server;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.LastHttpContent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * One connection's clock: how long it may stay silent between requests, and how long a request may take to send its
 * headers once its first byte has arrived. A connection that is answering (a page, a long event stream) has no
 * clock at all, so streams are never cut; they keep proxies awake with comments of their own.
 *
 * <p>Two handlers share it, because neither side of the HTTP codec sees everything: {@link #bytesSide()} (before the
 * codec) sees the first raw byte of a request, {@link #messagesSide()} (after it) sees when the headers are complete
 * and when an answer has been written. Everything runs on the connection's event loop, so nothing here is locked.
 */
final class ConnectionClock {

  private enum State {
    IDLE,
    READING_HEADERS,
    ANSWERING
  }

  private final Duration idleTimeout;
  private final Duration headerTimeout;
  private State state = State.IDLE;
  private int unanswered;
  private @Nullable ScheduledFuture<?> timer;

  ConnectionClock(Duration idleTimeout, Duration headerTimeout) {
    this.idleTimeout = idleTimeout;
    this.headerTimeout = headerTimeout;
  }

  /** Goes before the HTTP codec: raw bytes. */
  ChannelInboundHandlerAdapter bytesSide() {
    return new ChannelInboundHandlerAdapter() {
      @Override
      public void channelActive(ChannelHandlerContext ctx) throws Exception {
        arm(ctx, State.IDLE, idleTimeout, false);
        super.channelActive(ctx);
      }

      @Override
      public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (state == State.IDLE && msg instanceof ByteBuf bytes && bytes.isReadable()) {
          arm(ctx, State.READING_HEADERS, headerTimeout, true);
        }
        super.channelRead(ctx, msg);
      }

      @Override
      public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        cancel();
        super.channelInactive(ctx);
      }
    };
  }

  /** Goes after the HTTP codec: decoded requests in, answers out. */
  ChannelDuplexHandler messagesSide() {
    return new ChannelDuplexHandler() {
      @Override
      public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (msg instanceof HttpRequest) {
          unanswered++;
          state = State.ANSWERING;
          cancel();
        }
        super.channelRead(ctx, msg);
      }

      @Override
      public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise)
          throws Exception {
        if (msg instanceof LastHttpContent) {
          promise = promise.unvoid();
          promise.addListener(
              written -> {
                if (unanswered > 0 && --unanswered == 0 && ctx.channel().isActive()) {
                  arm(ctx, State.IDLE, idleTimeout, false);
                }
              });
        }
        super.write(ctx, msg, promise);
      }
    };
  }

  private void arm(ChannelHandlerContext ctx, State armedFor, Duration after, boolean answer408) {
    cancel();
    state = armedFor;
    timer =
        ctx.executor()
            .schedule(
                () -> {
                  if (state == armedFor && ctx.channel().isActive()) {
                    if (answer408) {
                      ctx.writeAndFlush(timeout()).addListener(done -> ctx.close());
                    } else {
                      ctx.close();
                    }
                  }
                },
                after.toMillis(),
                TimeUnit.MILLISECONDS);
  }

  private void cancel() {
    if (timer != null) {
      timer.cancel(false);
      timer = null;
    }
  }

  private ByteBuf timeout() {
    var body =
        "{\"type\":\"about:blank\",\"title\":\"Request Timeout\",\"status\":408,\"detail\":\"The request's "
            + "headers took longer than "
            + headerTimeout.toSeconds()
            + " s to arrive. Send the whole request at once.\"}";
    var bytes = body.getBytes(StandardCharsets.UTF_8);
    var head =
        "HTTP/1.1 408 Request Timeout\r\nContent-Type: application/problem+json\r\nContent-Length: "
            + bytes.length
            + "\r\nConnection: close\r\n\r\n";
    return Unpooled.wrappedBuffer(head.getBytes(StandardCharsets.US_ASCII), bytes);
  }
}
