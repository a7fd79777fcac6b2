package org.deliberation.web.page;

import java.time.Instant;
import java.util.List;
import org.deliberation.core.readability.Readability;
import org.jspecify.annotations.Nullable;

/** A page's revisions, newest first. */
public record HistoryView(List<Item> items) {

  public HistoryView {
    items = List.copyOf(items);
  }

  /**
   * One revision: who, when, why, how many lines it added and removed, and how readable it left the page.
   *
   * @param authorId absent once the author was erased
   * @param readabilityChange its readability score less the previous revision's (positive: the edit made the page
   *     easier to read); null for the first revision, or when either has no words
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
      boolean merged,
      Readability readability,
      @Nullable Double readabilityChange) {}
}
