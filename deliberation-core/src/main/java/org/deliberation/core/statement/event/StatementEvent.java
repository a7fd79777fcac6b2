package org.deliberation.core.statement.event;

import org.deliberation.core.common.ProjectId;
import org.deliberation.core.common.StatementId;

/** Everything that can happen to a statement, votes included. */
public sealed interface StatementEvent
    permits StatementPosted,
        StatementFlagged,
        StatementHidden,
        StatementRestored,
        VoteCast,
        StatementEdited,
        StatementWithdrawn {

  ProjectId projectId();

  StatementId statementId();
}
