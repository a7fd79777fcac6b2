package org.deliberation.web.api.synthesis;

import java.time.Clock;
import java.time.Instant;
import org.deliberation.core.common.ConflictException;
import org.deliberation.core.project.Stage;
import org.deliberation.web.api.problem.BadRequestException;
import org.deliberation.web.api.problem.InstantParameter;
import org.deliberation.web.api.problem.EnumParameter;
import org.deliberation.web.api.sse.EventStreamSupport;
import org.deliberation.web.api.statement.StatementLookup;
import org.deliberation.web.deliberation.SynthesisService;
import org.deliberation.web.deliberation.SynthesisView;
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
import reactor.core.scheduler.Schedulers;

/** The synthesis of a project: now, at a past instant or stage, live as a stream, and as an opinion map. */
@RestController
public class SynthesisController {

  private final StatementLookup lookup;
  private final SynthesisService synthesis;
  private final Clock clock;

  public SynthesisController(StatementLookup lookup, SynthesisService synthesis, Clock clock) {
    this.lookup = lookup;
    this.synthesis = synthesis;
    this.clock = clock;
  }

  @GetMapping("/api/projects/{id}/synthesis")
  public Mono<SynthesisView> read(@PathVariable String id, @RequestParam(required = false) @Nullable String at,
      @RequestParam(required = false) @Nullable String stage) {
    if (at != null && stage != null) {
      throw new BadRequestException("at", "give either an instant (at) or a stage, not both");
    }
    var instant = at == null ? null : parseInstant(at);
    var wantedStage = stage == null ? null : EnumParameter.parse(Stage.class, "stage", stage);
    return lookup.project(id).map(found -> found.deliberation()).flatMap(project -> {
      Instant until = instant;
      if (wantedStage != null) {
        if (!project.reached(wantedStage)) {
          return Mono.error(new ConflictException("The project has not reached its " + wantedStage + " stage yet; "
              + "it is in its " + project.stage() + " stage."));
        }
        until = project.endOf(wantedStage).orElse(null);
      }
      if (until == null) {
        return Mono.just(project.synthesis());
      }
      var then = until;
      return Mono.fromCallable(() -> synthesis.at(project, then, project.position()))
          .subscribeOn(Schedulers.boundedElastic());
    });
  }

  @GetMapping(path = "/api/projects/{id}/synthesis/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  Flux<ServerSentEvent<String>> stream(@PathVariable String id, ServerWebExchange exchange) {
    var after = EventStreamSupport.lastEventId(exchange);
    return lookup.project(id).flatMapMany(found -> EventStreamSupport.withKeepAlive(
        found.deliberation().subscribe(after, EventStreamSupport.BUFFER)
            .map(event -> ServerSentEvent.builder(event.json())
                .id(Long.toString(event.position()))
                .event(event.type().wireName())
                .build())));
  }

  @GetMapping("/api/projects/{id}/participation-map")
  public Mono<ParticipationMap> map(@PathVariable String id) {
    return lookup.project(id).map(found -> new ParticipationMap(found.deliberation().participationMap()));
  }

  /**
   * Participation over time: votes and newcomers in {@code spans} equal spans from the start of the project's history
   * (its creation, or its earliest vote if earlier) to now, the axis of the synthesis page's time slider.
   */
  @GetMapping("/api/projects/{id}/participation")
  public Mono<ParticipationView> participation(@PathVariable String id, @RequestParam(defaultValue = "24") int spans) {
    if (spans < 1 || spans > 500) {
      throw new BadRequestException("spans", "must be between 1 and 500");
    }
    return lookup.project(id).map(found -> {
      var project = found.deliberation();
      var now = clock.instant();
      var counted = project.participation(spans, now);
      return new ParticipationView(counted.isEmpty() ? project.historyStart() : counted.getFirst().from(), now,
          counted);
    });
  }

  private Instant parseInstant(String at) {
    var instant = InstantParameter.parse("at", at);
    if (instant.isAfter(clock.instant())) {
      throw new BadRequestException("at", "is in the future; leave it out for the synthesis as it is now");
    }
    return instant;
  }
}
