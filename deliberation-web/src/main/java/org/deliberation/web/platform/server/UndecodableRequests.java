package org.deliberation.web.platform.server;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Answers a request the HTTP codec could not decode (a forbidden {@code Transfer-Encoding}, a malformed header line,
 * headers over 8 KB) with a problem that says what was wrong, and closes the connection, whose next bytes cannot be
 * trusted to start a request. Left to Reactor Netty, the answer was an empty 400, and on a kept-alive connection it
 * could be lost altogether (the failure was handed to the previous request, whose answer was already written).
 */
final class UndecodableRequests extends ChannelDuplexHandler {

  private boolean refused;
  private int unanswered;
  private @Nullable FullHttpResponse refusal;

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
    if (refused) {
      ReferenceCountUtil.release(msg); // whatever follows a refused request is not read
      return;
    }
    if (msg instanceof HttpRequest request && !request.decoderResult().isFailure()) {
      unanswered++;
    }
    if (msg instanceof HttpObject object && object.decoderResult().isFailure()) {
      refused = true;
      var cause = object.decoderResult().cause();
      ReferenceCountUtil.release(msg);
      var status =
          cause instanceof TooLongHttpLineException
              ? HttpResponseStatus.REQUEST_URI_TOO_LONG
              : cause instanceof TooLongHttpHeaderException
                  ? HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE
                  : cause instanceof TooLongFrameException
                      ? HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE
                      : HttpResponseStatus.BAD_REQUEST;
      var body =
          ("{\"type\":\"about:blank\",\"title\":\""
                  + status.reasonPhrase()
                  + "\",\"status\":"
                  + status.code()
                  + ",\"detail\":\""
                  + detail(status)
                  + "\"}")
              .getBytes(StandardCharsets.UTF_8);
      var response =
          new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(body));
      response
          .headers()
          .set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
          .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
          .set(HttpHeaderNames.CONNECTION, "close");
      // Pipelined requests before it are answered first, in order; then the refusal, then the end.
      if (unanswered == 0) {
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
      } else {
        refusal = response;
      }
      return;
    }
    super.channelRead(ctx, msg);
  }

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise)
      throws Exception {
    if (msg instanceof LastHttpContent && --unanswered == 0 && refusal != null) {
      var pending = refusal;
      refusal = null;
      super.write(ctx, msg, promise);
      ctx.writeAndFlush(pending).addListener(ChannelFutureListener.CLOSE);
      return;
    }
    super.write(ctx, msg, promise);
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    if (refusal != null) {
      ReferenceCountUtil.release(refusal);
      refusal = null;
    }
    super.channelInactive(ctx);
  }

  private static String detail(HttpResponseStatus status) {
    return switch (status.code()) {
      case 414 -> "The request line is too long. Send a shorter address.";
      case 431 ->
          "The request's headers are too large (at most 8 KB together). Send fewer or shorter headers, or "
              + "clear this site's cookies.";
      case 413 -> "A part of the request is too large.";
      default ->
          "The request is not valid HTTP/1.1 (a header line or the framing of its body is malformed; "
              + "Transfer-Encoding may only be chunked). Send it again as plain HTTP.";
    };
  }
}
