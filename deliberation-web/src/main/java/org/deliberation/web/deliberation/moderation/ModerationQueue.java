package org.deliberation.web.deliberation.moderation;

import java.util.List;
import org.deliberation.web.deliberation.live.FlaggedStatement;

/** What waits for the moderators, reported by the most independent people first. */
public record ModerationQueue(List<FlaggedStatement> items) {

  public ModerationQueue {
    items = List.copyOf(items);
  }
}
