package org.deliberation.web.deliberation.vote;

import java.util.List;

/** A participant's own votes in a project: only they can read them. */
public record MyVotes(List<Item> items) {

  public MyVotes {
    items = List.copyOf(items);
  }

  /** The current vote on one statement. */
  public record Item(String statement, String vote) {}
}
