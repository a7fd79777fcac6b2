package org.deliberation.web.page;

import java.time.Instant;
import java.util.List;

/** A page at one revision, with its Markdown rendered safely and the names of those who wrote it. */
public record PageView(
    String project,
    String page,
    String title,
    int revision,
    String markdown,
    String html,
    Instant updatedAt,
    List<String> contributors) {

  public PageView {
    contributors = List.copyOf(contributors);
  }
}
