package org.deliberation.web.deliberation.topic;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A project's topics as the API shows them.
 *
 * @param generation the recomputation they come from; 0 (and no items) before the first
 * @param computedAt when that recomputation was made
 * @param at for topics of the past, the instant asked for; null for the current ones
 */
public record TopicsView(
    String project,
    int generation,
    @Nullable Instant computedAt,
    @Nullable Instant at,
    List<TopicView> items) {

  public TopicsView {
    items = List.copyOf(items);
  }
}
