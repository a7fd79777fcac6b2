package org.deliberation.web.platform.store;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.util.ReferenceCountUtil;
import java.nio.channels.ClosedChannelException;
import java.util.ArrayDeque;

/**
 * Holds a connection's reply to a write until the file covering the write has been forced, then sends it; replies
 * leave in the order they were written. A connection waiting for the disk holds no thread: the wire protocol's
 * event loops keep serving other connections, so every connection writing at the same time joins the same force.
 *
 * <p>Added to a connection's pipeline, nearest the socket, at its first write; everything it does runs on the
 * connection's event loop.
 */
final class DurableReplies extends ChannelOutboundHandlerAdapter {

  static final String NAME = "durable-replies";

  private record Held(Object message, ChannelPromise promise, long write) {}

  private final GroupForce force;
  private final ArrayDeque<Held> held = new ArrayDeque<>();
  private long pending; // the last write whose reply is the next one written

  DurableReplies(GroupForce force) {
    this.force = force;
  }

  /** The handler of a connection, added at the first write it serves; call on the connection's event loop. */
  static DurableReplies of(Channel channel, GroupForce force) {
    var handler = (DurableReplies) channel.pipeline().get(NAME);
    if (handler == null) {
      handler = new DurableReplies(force);
      channel.pipeline().addFirst(NAME, handler);
    }
    return handler;
  }

  /** The next reply written on this connection answers {@code write}: it waits until the write is durable. */
  void nextReplyAnswers(long write) {
    pending = write;
  }

  @Override
  public void write(ChannelHandlerContext ctx, Object message, ChannelPromise promise) {
    long write = pending;
    pending = 0;
    if (write == 0 && held.isEmpty()) {
      ctx.write(message, promise);
      return;
    }
    held.add(new Held(message, promise, write));
    if (held.size() == 1) {
      send(ctx);
    }
  }

  @Override
  public void flush(ChannelHandlerContext ctx) {
    if (held.isEmpty()) {
      ctx.flush();
    } // otherwise what is held is flushed when it is sent
  }

  @Override
  public void close(ChannelHandlerContext ctx, ChannelPromise promise) {
    drop();
    ctx.close(promise);
  }

  private void send(ChannelHandlerContext ctx) {
    while (!held.isEmpty()) {
      var head = held.peek();
      if (head.write() > 0 && !force.isDurable(head.write())) {
        force.whenDurable(
            head.write(), durable -> ctx.executor().execute(() -> forced(ctx, head, durable)));
        break;
      }
      held.poll();
      ctx.write(head.message(), head.promise());
    }
    ctx.flush();
  }

  private void forced(ChannelHandlerContext ctx, Held head, boolean durable) {
    if (held.peek() != head) {
      return; // dropped meanwhile: the connection closed
    }
    if (!durable) {
      // No acknowledgement of a write that is not on disk: the client sees a lost connection.
      ctx.channel().close();
      return;
    }
    held.poll();
    ctx.write(head.message(), head.promise());
    send(ctx);
  }

  private void drop() {
    for (var h : held) {
      ReferenceCountUtil.release(h.message());
      h.promise().tryFailure(new ClosedChannelException());
    }
    held.clear();
  }
}
