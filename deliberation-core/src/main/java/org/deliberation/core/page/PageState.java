package org.deliberation.core.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.deliberation.core.page.event.PageEvent;

/**
 * The texts of every revision of a page, oldest first; revision {@code n} is at index {@code n - 1}. A merge needs
 * the text its edit was based on, which may be any earlier revision.
 */
public record PageState(List<String> revisions) {

  public static final PageState NONE = new PageState(List.of());

  public PageState {
    revisions = List.copyOf(revisions);
  }

  public boolean exists() {
    return !revisions.isEmpty();
  }

  public int latestRevision() {
    return revisions.size();
  }

  public String latest() {
    return revisions.getLast();
  }

  public Optional<String> at(int revision) {
    return revision >= 1 && revision <= revisions.size()
        ? Optional.of(revisions.get(revision - 1))
        : Optional.empty();
  }

  public PageState evolve(PageEvent event) {
    var next = new ArrayList<>(revisions);
    next.add(event.markdown());
    return new PageState(next);
  }
}
