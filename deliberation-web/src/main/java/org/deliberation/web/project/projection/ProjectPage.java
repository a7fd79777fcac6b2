package org.deliberation.web.project.projection;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of the project list, with the cursor of the next page when there is one. */
public record ProjectPage(List<ProjectSummaryView> items, @Nullable String next) {

  public ProjectPage {
    items = List.copyOf(items);
  }
}
