package org.deliberation.core.project;

import org.deliberation.core.common.ConflictException;

/** The points are answered once the deliberation is over: in SYNTHESIS or DECIDED, never before. */
public final class CommitmentStageException extends ConflictException {

  public CommitmentStageException(Stage stage) {
    super(
        "The project is in its "
            + stage
            + " stage: the authority answers the points of the synthesis once the project is in "
            + "SYNTHESIS or DECIDED.");
  }

  @Override
  public String title() {
    return "Not the time to answer";
  }
}
