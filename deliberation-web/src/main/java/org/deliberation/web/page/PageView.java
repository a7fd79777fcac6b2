package org.deliberation.web.page;

import java.time.Instant;
import java.util.List;
import org.deliberation.core.readability.Readability;

/**
 * A page at one revision, with its Markdown rendered safely, the names of those who wrote it, and how hard its
 * rendered text is to read in the project's language (docs/readability.md).
 */
public record PageView(
    String project,
    String page,
    String title,
    int revision,
    String markdown,
    String html,
    Instant updatedAt,
    List<String> contributors,
    Readability readability) {

  public PageView {
    contributors = List.copyOf(contributors);
  }
}
