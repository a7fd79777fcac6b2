package org.deliberation.web.platform.stream;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.deliberation.web.platform.http.BadRequestException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;

/** What every server-sent event stream here shares: resumption from {@code Last-Event-ID}, and keep-alives. */
public final class EventStreamSupport {

  /** A comment this often keeps proxies from closing an idle stream. */
  public static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

  private static final ByteBuffer KEEP_ALIVE_FRAME =
      shared(":keep-alive\n\n".getBytes(StandardCharsets.US_ASCII));

  private static final int MERGE_PREFETCH = 8;

  /** How many events may wait for a slow reader before its stream ends (it then resumes). */
  public static final int BUFFER = 10_000;

  /** The position to resume after: the {@code Last-Event-ID} header, or the {@code lastEventId} parameter. */
  public static @Nullable Long lastEventId(ServerWebExchange exchange) {
    var header = exchange.getRequest().getHeaders().getFirst("Last-Event-ID");
    var value =
        header != null ? header : exchange.getRequest().getQueryParams().getFirst("lastEventId");
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new BadRequestException(
          "Last-Event-ID", "must be the id of an event of this stream, a number");
    }
  }

  /**
   * An event framed as the stream writes it, once for every reader: {@code id:} (if any), {@code event:}, {@code
   * retry:} (if any), one {@code data:} line per line of the data, and the blank line that ends it.
   */
  public static byte[] frame(
      @Nullable String id, String event, @Nullable Duration retry, String data) {
    var out = new StringBuilder(data.length() + 48);
    if (id != null) {
      out.append("id:").append(id).append('\n');
    }
    out.append("event:").append(event).append('\n');
    if (retry != null) {
      out.append("retry:").append(retry.toMillis()).append('\n');
    }
    out.append("data:").append(data.replace("\n", "\ndata:")).append("\n\n");
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** An event framed once ({@link #frame}) in memory of its own that a connection writes without copying it. */
  public static ByteBuffer shared(byte[] frame) {
    return ByteBuffer.allocateDirect(frame.length).put(frame).flip().asReadOnlyBuffer();
  }

  /**
   * Events framed once ({@link #shared}), each reader's copy a view of the same bytes, with keep-alives. Few wait
   * between the two: the rest wait upstream, where a slow reader's can be coalesced ({@link ReaderBuffer}).
   */
  public static Flux<DataBuffer> framedWithKeepAlive(
      Flux<ByteBuffer> frames, DataBufferFactory buffers) {
    return Flux.merge(
            MERGE_PREFETCH, frames, Flux.interval(KEEP_ALIVE).map(tick -> KEEP_ALIVE_FRAME))
        .map(frame -> buffers.wrap(frame.duplicate()));
  }

  public static <T> Flux<ServerSentEvent<T>> withKeepAlive(Flux<ServerSentEvent<T>> events) {
    return Flux.merge(
        events,
        Flux.interval(KEEP_ALIVE)
            .map(tick -> ServerSentEvent.<T>builder().comment("keep-alive").build()));
  }

  private EventStreamSupport() {}
}
