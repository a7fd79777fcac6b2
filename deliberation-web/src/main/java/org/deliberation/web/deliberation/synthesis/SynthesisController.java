package org.deliberation.web.deliberation.synthesis;

import org.deliberation.web.deliberation.live.LiveEvent;
import org.deliberation.web.deliberation.live.StatementLookup;
import org.deliberation.web.deliberation.live.StreamMode;
import org.deliberation.web.deliberation.live.SynthesisView;
import org.deliberation.web.platform.http.BadRequestException;
import org.deliberation.web.platform.stream.ConnectionLoop;
import org.deliberation.web.platform.stream.EventStreamSupport;
import org.deliberation.web.platform.stream.ReaderBuffer;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The synthesis of a project over HTTP: now, at a past instant or stage, live as a stream, and as an opinion map. */
@RestController
public class SynthesisController {

  private final StatementLookup lookup;
  private final SynthesisQueries synthesis;

  public SynthesisController(StatementLookup lookup, SynthesisQueries synthesis) {
    this.lookup = lookup;
    this.synthesis = synthesis;
  }

  @GetMapping("/api/projects/{id}/synthesis")
  public Mono<SynthesisView> read(
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String at,
      @RequestParam(required = false) @Nullable String stage) {
    return synthesis.read(id, at, stage);
  }

  /**
   * The live synthesis: the whole view at each recomputation, or with {@code ?view=patch} the whole view once and then
   * its changes (see {@code docs/synthesis.md}).
   */
  @GetMapping(
      path = "/api/projects/{id}/synthesis/stream",
      produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  Flux<DataBuffer> stream(
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String view,
      ServerWebExchange exchange) {
    var after = EventStreamSupport.lastEventId(exchange);
    var mode =
        view == null
            ? StreamMode.WHOLE
            : StreamMode.named(view)
                .orElseThrow(() -> new BadRequestException("view", "must be whole or patch"));
    // Each event is framed once for all its readers: a reader's copy wraps the same bytes.
    return lookup
        .project(id)
        .flatMapMany(
            found ->
                EventStreamSupport.framedWithKeepAlive(
                    found
                        .deliberation()
                        .subscribe(
                            after, mode, ReaderBuffer.Limits.DEFAULT, ConnectionLoop.of(exchange))
                        .map(LiveEvent::frame),
                    exchange.getResponse().bufferFactory()));
  }

  @GetMapping("/api/projects/{id}/participation-map")
  public Mono<ParticipationMap> map(@PathVariable String id) {
    return synthesis.map(id);
  }

  @GetMapping("/api/projects/{id}/participation")
  public Mono<ParticipationView> participation(
      @PathVariable String id, @RequestParam(defaultValue = "24") int spans) {
    return synthesis.participation(id, spans);
  }
}
