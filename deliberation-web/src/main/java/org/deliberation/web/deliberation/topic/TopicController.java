package org.deliberation.web.deliberation.topic;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A project's topics over HTTP. What they are is {@link TopicQueries}'s. */
@RestController
public class TopicController {

  private final TopicQueries topics;

  public TopicController(TopicQueries topics) {
    this.topics = topics;
  }

  @GetMapping("/api/projects/{id}/topics")
  public Mono<TopicsView> list(
      @PathVariable String id, @RequestParam(required = false) @Nullable String at) {
    return topics.read(id, at);
  }
}
