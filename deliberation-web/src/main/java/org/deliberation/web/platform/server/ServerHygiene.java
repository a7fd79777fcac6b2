package org.deliberation.web.platform.server;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpRequest;
import org.deliberation.web.platform.config.DeliberationProperties;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.stereotype.Component;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

/**
 * Puts the connection defences into every connection's pipeline: the per-address limit first, then the clock's
 * byte side, the HTTP codec, the clock's message side, the request-target escaping and the answer to requests that
 * cannot be decoded (see each class).
 */
@Component
class ServerHygiene implements NettyServerCustomizer {

  private final DeliberationProperties.Connections settings;
  private final ConnectionsPerAddress perAddress;

  ServerHygiene(DeliberationProperties properties) {
    this.settings = properties.connections();
    this.perAddress = new ConnectionsPerAddress(settings.perAddress());
  }

  /** The connections open now from an address, as the limit counts them (tests wait on it). */
  int openFrom(java.net.InetAddress address) {
    return perAddress.openFrom(address);
  }

  @Override
  public HttpServer apply(HttpServer server) {
    return server.doOnChannelInit(
        (observer, channel, remote) -> {
          var pipeline = channel.pipeline();
          if (pipeline.get(NettyPipeline.HttpCodec) == null) {
            return; // not an HTTP/1.1 connection this server set up; nothing here would understand
            // it
          }
          var clock = new ConnectionClock(settings.idleTimeout(), settings.headerTimeout());
          pipeline.addFirst("deliberation.connectionsPerAddress", perAddress);
          pipeline.addAfter(
              "deliberation.connectionsPerAddress", "deliberation.clockBytes", clock.bytesSide());
          pipeline.addAfter(
              NettyPipeline.HttpCodec, "deliberation.clockMessages", clock.messagesSide());
          pipeline.addAfter(
              "deliberation.clockMessages", "deliberation.requestTargets", new EscapeTargets());
          pipeline.addAfter(
              "deliberation.requestTargets", "deliberation.undecodable", new UndecodableRequests());
        });
  }

  private static final class EscapeTargets extends ChannelInboundHandlerAdapter {
    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
      if (msg instanceof HttpRequest request) {
        var escaped = RequestTargets.escape(request.uri());
        if (!escaped.equals(request.uri())) {
          request.setUri(escaped);
        }
      }
      super.channelRead(ctx, msg);
    }
  }
}
