package org.deliberation.web.project;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of the project list, with the cursor of the next page when there is one. */
public record ProjectList(List<ProjectListItem> items, @Nullable String next) {

  public ProjectList {
    items = List.copyOf(items);
  }
}
