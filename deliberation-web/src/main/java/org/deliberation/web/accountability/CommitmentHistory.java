package org.deliberation.web.accountability;

import java.util.List;

/** Every answer recorded on a point, oldest first: the last is the one in force. */
public record CommitmentHistory(String statement, List<CommitmentView> items) {

  public CommitmentHistory {
    items = List.copyOf(items);
  }
}
