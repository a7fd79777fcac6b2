package org.deliberation.web.deliberation.live;

/** The data of a {@code statement} stream event: a statement was posted, hidden, restored, edited or withdrawn. */
import org.deliberation.core.statement.event.StatementEdited;
import org.deliberation.core.statement.event.StatementEvent;
import org.deliberation.core.statement.event.StatementHidden;
import org.deliberation.core.statement.event.StatementWithdrawn;

public record StatementUpdate(Action action, StatementView statement) {

  /** What happened to the statement; serialized by name. */
  public enum Action {
    POSTED,
    HIDDEN,
    RESTORED,
    EDITED,
    WITHDRAWN;

    /** What a change to a statement other than its posting is. */
    static Action of(StatementEvent event) {
      return switch (event) {
        case StatementHidden hidden -> HIDDEN;
        case StatementEdited edited -> EDITED;
        case StatementWithdrawn withdrawn -> WITHDRAWN;
        default -> RESTORED;
      };
    }
  }
}
