package org.deliberation.core.statement;

import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.StatementId;

/** One participant's ballot on one statement: the aggregate that takes their votes on it. */
public record BallotId(StatementId statement, ParticipantId participant) {

  @Override
  public String toString() {
    return statement.value() + "/" + participant.value();
  }
}
