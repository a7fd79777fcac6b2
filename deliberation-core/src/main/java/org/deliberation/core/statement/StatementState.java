package org.deliberation.core.statement;

import org.deliberation.core.statement.event.StatementEvent;
import org.deliberation.core.statement.event.StatementFlagged;
import org.deliberation.core.statement.event.StatementHidden;
import org.deliberation.core.statement.event.StatementPosted;
import org.deliberation.core.statement.event.StatementRestored;
import org.deliberation.core.statement.event.VoteCast;

/** Whether a statement exists and whether it is hidden. */
public record StatementState(boolean exists, boolean hidden) {

  public static final StatementState NONE = new StatementState(false, false);

  public StatementState evolve(StatementEvent event) {
    return switch (event) {
      case StatementPosted posted -> new StatementState(true, false);
      case StatementHidden hidden -> new StatementState(true, true);
      case StatementRestored restored -> new StatementState(true, false);
      case StatementFlagged flagged -> this;
      case VoteCast vote -> this;
    };
  }
}
