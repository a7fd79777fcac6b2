package org.deliberation.web.deliberation.live;

import java.util.List;

/** An opinion group: its stable label, its size, and the statements that set it apart. */
public record GroupView(String id, int size, List<ScoredStatement> representative) {

  public GroupView {
    representative = List.copyOf(representative);
  }
}
