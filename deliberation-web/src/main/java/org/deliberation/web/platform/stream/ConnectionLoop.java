package org.deliberation.web.platform.stream;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;
import reactor.netty.NettyInbound;

/** The thread a request's connection is served on, for the live items of its stream ({@link Fanout}). */
public final class ConnectionLoop {

  /** The event loop of the request's connection, or {@link Fanout#INLINE} where the server is not Netty. */
  public static Executor of(ServerWebExchange exchange) {
    Object request;
    try {
      request = ServerHttpRequestDecorator.getNativeRequest(exchange.getRequest());
    } catch (IllegalArgumentException e) {
      return Fanout.INLINE; // a request made in memory, as in some tests: no connection
    }
    if (!(request instanceof NettyInbound inbound)) {
      return Fanout.INLINE;
    }
    var loop = new AtomicReference<Executor>(Fanout.INLINE);
    inbound.withConnection(connection -> loop.set(connection.channel().eventLoop()));
    return loop.get();
  }

  private ConnectionLoop() {}
}
