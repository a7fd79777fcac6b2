package org.deliberation.web.activity;

import org.deliberation.web.platform.stream.EventStreamSupport;
import org.deliberation.web.project.projection.Projects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The site's recent changes as a stream: the last fifty on connect (or all since {@code Last-Event-ID}), then live. */
@RestController
public class ActivityController {

  private static final int INITIAL = 50;

  private final ActivityFeed feed;
  private final Projects projects;

  public ActivityController(ActivityFeed feed, Projects projects) {
    this.feed = feed;
    this.projects = projects;
  }

  @GetMapping(path = "/api/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  Flux<ServerSentEvent<ActivityItem>> stream(
      @RequestParam(required = false) @Nullable String project, ServerWebExchange exchange) {
    var after = EventStreamSupport.lastEventId(exchange);
    Mono<String> projectId =
        project == null ? Mono.just("") : projects.resolve(project).map(id -> id.value());
    return projectId.flatMapMany(
        id ->
            EventStreamSupport.withKeepAlive(
                feed.subscribe(id.isEmpty() ? null : id, after, INITIAL, EventStreamSupport.BUFFER)
                    .map(
                        item ->
                            ServerSentEvent.builder(item)
                                .id(Long.toString(item.position()))
                                .event("change")
                                .build())));
  }
}
