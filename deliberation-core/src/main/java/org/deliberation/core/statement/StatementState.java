package org.deliberation.core.statement;

import java.util.HashSet;
import java.util.Set;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.statement.event.StatementEdited;
import org.deliberation.core.statement.event.StatementEvent;
import org.deliberation.core.statement.event.StatementFlagged;
import org.deliberation.core.statement.event.StatementHidden;
import org.deliberation.core.statement.event.StatementPosted;
import org.deliberation.core.statement.event.StatementRestored;
import org.deliberation.core.statement.event.StatementWithdrawn;
import org.deliberation.core.statement.event.VoteCast;

/**
 * Whether a statement exists, whether it is hidden or withdrawn, and who reported it.
 *
 * @param flaggedBy the participants who reported it: one report each counts (folded from events, so reports stored
 *     twice before the rule existed count once too)
 * @param withdrawn its author withdrew it: for good, nothing changes it afterwards
 */
public record StatementState(
    boolean exists, boolean hidden, Set<ParticipantId> flaggedBy, boolean withdrawn) {

  public static final StatementState NONE = new StatementState(false, false, Set.of());

  public StatementState {
    flaggedBy = Set.copyOf(flaggedBy);
  }

  public StatementState(boolean exists, boolean hidden, Set<ParticipantId> flaggedBy) {
    this(exists, hidden, flaggedBy, false);
  }

  public StatementState(boolean exists, boolean hidden) {
    this(exists, hidden, Set.of());
  }

  public StatementState evolve(StatementEvent event) {
    return switch (event) {
      case StatementPosted posted -> new StatementState(true, false, Set.of());
      case StatementHidden hidden -> new StatementState(true, true, flaggedBy, withdrawn);
      case StatementRestored restored -> new StatementState(true, false, flaggedBy, withdrawn);
      case StatementFlagged flagged -> {
        var flaggers = new HashSet<>(flaggedBy);
        flaggers.add(flagged.flaggedBy());
        yield new StatementState(exists, hidden, flaggers, withdrawn);
      }
      case StatementWithdrawn gone -> new StatementState(exists, hidden, flaggedBy, true);
      case StatementEdited edited -> this;
      case VoteCast vote -> this;
    };
  }
}
