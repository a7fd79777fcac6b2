package org.deliberation.web.benchmark;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/**
 * Readers of an event stream as cheap as remote ones would be: a raw Netty connection that sends the request and scans
 * the bytes it receives for the markers it needs ({@code event:synthesis}, {@code event:vote} and the vote's {@code
 * "at":"…"}), without decoding text, parsing HTTP chunks or building strings, so that the benchmark measures the
 * server rather than its own readers. Its threads are named {@value #THREAD_PREFIX}… so that their CPU can be told
 * apart from the server's.
 */
final class RawStreamReaders implements AutoCloseable {

  static final String THREAD_PREFIX = "raw-reader";

  private final MultiThreadIoEventLoopGroup group;
  private final Bootstrap bootstrap;

  RawStreamReaders(int threads, String host, int port) {
    group =
        new MultiThreadIoEventLoopGroup(
            threads, new DefaultThreadFactory(THREAD_PREFIX, true), NioIoHandler.newFactory());
    bootstrap =
        new Bootstrap()
            .group(group)
            .channel(NioSocketChannel.class)
            .option(ChannelOption.TCP_NODELAY, true)
            .remoteAddress(host, port);
  }

  /** Opens one stream for {@code reader}; the request goes out once connected. */
  Channel open(String path, Reader reader) throws InterruptedException {
    var request =
        ("GET "
                + path
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n"
                + "Connection: keep-alive\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    return bootstrap
        .clone()
        .handler(
            new ChannelInitializer<SocketChannel>() {
              @Override
              protected void initChannel(SocketChannel channel) {
                channel
                    .pipeline()
                    .addLast(
                        new ChannelInboundHandlerAdapter() {
                          @Override
                          public void channelActive(ChannelHandlerContext context) {
                            context.writeAndFlush(Unpooled.wrappedBuffer(request));
                          }

                          @Override
                          public void channelRead(ChannelHandlerContext context, Object message) {
                            try {
                              reader.read((ByteBuf) message);
                            } finally {
                              ReferenceCountUtil.release(message);
                            }
                          }
                        });
              }
            })
        .connect()
        .sync()
        .channel();
  }

  @Override
  public void close() {
    group.shutdownGracefully().syncUninterruptibly();
  }

  /** Finds a fixed byte string in a stream of bytes, across reads (Knuth–Morris–Pratt). */
  static final class Marker {

    private final byte[] pattern;
    private final int[] border;
    private int matched;

    Marker(String text) {
      pattern = text.getBytes(StandardCharsets.US_ASCII);
      border = new int[pattern.length];
      for (int i = 1, k = 0; i < pattern.length; i++) {
        while (k > 0 && pattern[i] != pattern[k]) {
          k = border[k - 1];
        }
        if (pattern[i] == pattern[k]) {
          k++;
        }
        border[i] = k;
      }
    }

    /** Takes one byte: true when it completes the marker. */
    boolean take(byte b) {
      while (matched > 0 && b != pattern[matched]) {
        matched = border[matched - 1];
      }
      if (b == pattern[matched]) {
        matched++;
      }
      if (matched == pattern.length) {
        matched = 0;
        return true;
      }
      return false;
    }

    void reset() {
      matched = 0;
    }
  }

  /**
   * One reader: counts the bytes, says when the first synthesis came, and gives the {@code at} of each vote event to
   * {@code onVote} with the instant it was read. Called on its connection's thread only.
   */
  static final class Reader {

    private final Marker synthesis = new Marker("event:synthesis");
    private final Marker vote = new Marker("event:vote\n");
    private final Marker at = new Marker("\"at\":\"");
    private final byte[] instant = new byte[40];
    private byte[] scratch = new byte[4096];
    private final CountDownLatch connected;
    private final VoteSink onVote;
    private final Supplier<Instant> now;
    private boolean sawSynthesis;
    // 0: looking for a vote event, 1: for its "at", 2: reading the instant.
    private int state;
    private int length;
    private long bytes;

    Reader(CountDownLatch connected, VoteSink onVote, Supplier<Instant> now) {
      this.connected = connected;
      this.onVote = onVote;
      this.now = now;
    }

    void read(ByteBuf chunk) {
      bytes += chunk.readableBytes();
      Instant readAt = null;
      int end = chunk.readableBytes();
      if (scratch.length < end) {
        scratch = new byte[Math.max(end, 2 * scratch.length)];
      }
      chunk.getBytes(chunk.readerIndex(), scratch, 0, end); // one copy, then plain array reads
      for (int i = 0; i < end; i++) {
        byte b = scratch[i];
        if (!sawSynthesis && synthesis.take(b)) {
          sawSynthesis = true;
          connected.countDown();
        }
        switch (state) {
          case 0 -> {
            if (vote.take(b)) {
              state = 1;
              at.reset();
            }
          }
          case 1 -> {
            if (at.take(b)) {
              state = 2;
              length = 0;
            }
          }
          default -> {
            if (b == '"' || length == instant.length) {
              if (readAt == null) {
                readAt =
                    now.get(); // one instant for every vote of this read: they arrived together
              }
              onVote.vote(
                  Instant.parse(new String(instant, 0, length, StandardCharsets.US_ASCII)), readAt);
              state = 0;
              vote.reset();
            } else {
              instant[length++] = b;
            }
          }
        }
      }
    }

    long bytes() {
      return bytes;
    }
  }

  /** What a reader does with a vote it read. */
  interface VoteSink {
    void vote(Instant acceptedAt, Instant readAt);
  }
}
