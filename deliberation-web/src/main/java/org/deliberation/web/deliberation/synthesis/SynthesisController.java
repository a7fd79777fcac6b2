package org.deliberation.web.deliberation.synthesis;

import org.deliberation.web.deliberation.live.StatementLookup;
import org.deliberation.web.deliberation.live.SynthesisView;
import org.deliberation.web.platform.stream.EventStreamSupport;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
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

  @GetMapping(
      path = "/api/projects/{id}/synthesis/stream",
      produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  Flux<ServerSentEvent<String>> stream(@PathVariable String id, ServerWebExchange exchange) {
    var after = EventStreamSupport.lastEventId(exchange);
    return lookup
        .project(id)
        .flatMapMany(
            found ->
                EventStreamSupport.withKeepAlive(
                    found
                        .deliberation()
                        .subscribe(after, EventStreamSupport.BUFFER)
                        .map(
                            event ->
                                ServerSentEvent.builder(event.json())
                                    .id(Long.toString(event.position()))
                                    .event(event.type().wireName())
                                    .build())));
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
