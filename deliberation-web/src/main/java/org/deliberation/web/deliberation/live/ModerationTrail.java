package org.deliberation.web.deliberation.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.deliberation.core.statement.event.StatementFlagged;
import org.deliberation.core.statement.event.StatementHidden;
import org.deliberation.core.statement.event.StatementRestored;
import org.deliberation.core.statement.event.StatementWithdrawn;
import org.jspecify.annotations.Nullable;

/**
 * A statement's moderation, folded from its events: the decisions (hidden, restored), kept forever, the reports,
 * one per participant, and its author's withdrawal. The live deliberation folds the events as they arrive; a reader that needs the trail as
 * current as the aggregate folds the statement's own events with {@link #of}. Not thread safe.
 */
public final class ModerationTrail {

  private final List<ModerationEntry> decisions = new ArrayList<>();
  private final List<FlagEntry> flags = new ArrayList<>();
  // When its author withdrew it: for good, whatever a moderator decides afterwards.
  private @Nullable Instant withdrawnAt;

  /** The trail of a statement's own events, in their order. */
  public static ModerationTrail of(List<? extends EventMessage<?>> events) {
    var trail = new ModerationTrail();
    for (var event : events) {
      trail.apply(event.getPayload(), event.getTimestamp());
    }
    return trail;
  }

  /** Folds one event of the statement, which happened at {@code at}; other events leave the trail as it is. */
  public void apply(Object event, Instant at) {
    switch (event) {
      case StatementHidden hidden ->
          decisions.add(
              new ModerationEntry(
                  ModerationAction.HIDE, hidden.reason(), hidden.hiddenBy().value(), at));
      case StatementRestored restored ->
          decisions.add(
              new ModerationEntry(
                  ModerationAction.RESTORE, restored.reason(), restored.restoredBy().value(), at));
      case StatementFlagged flagged -> {
        var by = flagged.flaggedBy().value();
        // One report per participant counts (the rule records no second one; older stores may hold
        // some).
        if (flags.stream().noneMatch(flag -> flag.by().equals(by))) {
          flags.add(new FlagEntry(flagged.reason(), by, at));
        }
      }
      case StatementWithdrawn withdrawn -> withdrawnAt = withdrawn.at();
      default -> {}
    }
  }

  /** Whether it is out of the synthesis and the lists: hidden by a moderator or withdrawn by its author. */
  public boolean hidden() {
    return hiddenByModerator() || withdrawnAt != null;
  }

  public boolean hiddenByModerator() {
    return !decisions.isEmpty() && decisions.getLast().action() == ModerationAction.HIDE;
  }

  public boolean withdrawn() {
    return withdrawnAt != null;
  }

  /** Whether the statement was hidden or withdrawn at that instant. */
  public boolean hiddenAt(Instant at) {
    boolean hiddenThen = false;
    for (var entry : decisions) {
      if (!entry.at().isAfter(at)) {
        hiddenThen = entry.action() == ModerationAction.HIDE;
      }
    }
    return hiddenThen || (withdrawnAt != null && !withdrawnAt.isAfter(at));
  }

  /** Every decision, oldest first. */
  public List<ModerationEntry> decisions() {
    return Collections.unmodifiableList(decisions);
  }

  /** How many participants reported the statement. */
  public int reports() {
    return flags.size();
  }

  /** The reports made since the last decision: what a moderator has not answered yet. */
  public List<FlagEntry> openReports() {
    var decided = decisions.isEmpty() ? Instant.MIN : decisions.getLast().at();
    return flags.stream().filter(flag -> flag.at().isAfter(decided)).toList();
  }
}
