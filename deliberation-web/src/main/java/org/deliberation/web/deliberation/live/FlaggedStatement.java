package org.deliberation.web.deliberation.live;

import java.util.List;

/** A statement in the moderators' queue, with the reports made since its last moderation decision. */
public record FlaggedStatement(StatementView statement, List<FlagEntry> openFlags) {

  public FlaggedStatement {
    openFlags = List.copyOf(openFlags);
  }
}
