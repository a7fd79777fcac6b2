package org.deliberation.web.deliberation.statement;

import java.util.List;
import org.deliberation.web.deliberation.live.StatementView;

/** Pairs of statements where the second contradicts the first, to show side by side. */
public record ContradictionPage(List<Pair> items) {

  public ContradictionPage {
    items = List.copyOf(items);
  }

  /** A statement and one that contradicts it. */
  public record Pair(StatementView statement, StatementView contradictedBy) {}
}
