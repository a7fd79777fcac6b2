package org.deliberation.web.page;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A page's revisions, newest first. */
public record HistoryView(List<Item> items) {

  public HistoryView {
    items = List.copyOf(items);
  }

  /**
   * One revision: who, when, why, and how many lines it added and removed.
   *
   * @param authorId absent once the author was erased
   */
  public record Item(
      int revision,
      String author,
      @Nullable String authorId,
      String comment,
      Instant at,
      int added,
      int removed,
      String kind,
      boolean merged) {}
}
