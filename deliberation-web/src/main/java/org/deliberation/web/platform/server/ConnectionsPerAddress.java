package org.deliberation.web.platform.server;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.AttributeKey;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most {@code limit} open connections per client address: one client cannot hold every file descriptor of the
 * server. A connection over the limit is told so (429, as a problem) and closed at once, before it is read.
 *
 * <p>Shared by every connection (one instance per server); counts are per node.
 */
@ChannelHandler.Sharable
final class ConnectionsPerAddress extends ChannelInboundHandlerAdapter {

  private static final AttributeKey<InetAddress> COUNTED =
      AttributeKey.valueOf("deliberation.counted-address");

  private final int limit;
  private final ConcurrentHashMap<InetAddress, AtomicInteger> open = new ConcurrentHashMap<>();

  ConnectionsPerAddress(int limit) {
    this.limit = limit;
  }

  /** How many connections this address holds now. */
  int openFrom(InetAddress address) {
    var count = open.get(address);
    return count == null ? 0 : count.get();
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) throws Exception {
    if (ctx.channel().remoteAddress() instanceof InetSocketAddress remote
        && remote.getAddress() != null) {
      var address = remote.getAddress();
      int now = open.computeIfAbsent(address, a -> new AtomicInteger()).incrementAndGet();
      ctx.channel().attr(COUNTED).set(address);
      if (now > limit) {
        ctx.writeAndFlush(Unpooled.wrappedBuffer(refusal())).addListener(done -> ctx.close());
        return;
      }
    }
    super.channelActive(ctx);
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    var address = ctx.channel().attr(COUNTED).getAndSet(null);
    if (address != null) {
      // Removing a count that reached zero keeps the map as small as the set of addresses connected
      // now.
      open.computeIfPresent(address, (a, count) -> count.decrementAndGet() <= 0 ? null : count);
    }
    super.channelInactive(ctx);
  }

  private byte[] refusal() {
    var body =
        ("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,\"limit\":\"connections\","
                + "\"detail\":\"Your address already holds "
                + limit
                + " open connections to this server. Close some "
                + "(other tabs or programs) and try again.\"}")
            .getBytes(StandardCharsets.UTF_8);
    var head =
        "HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/problem+json\r\nRetry-After: 10\r\n"
            + "Content-Length: "
            + body.length
            + "\r\nConnection: close\r\n\r\n";
    var bytes = new byte[head.length() + body.length];
    System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, head.length());
    System.arraycopy(body, 0, bytes, head.length(), body.length);
    return bytes;
  }
}
