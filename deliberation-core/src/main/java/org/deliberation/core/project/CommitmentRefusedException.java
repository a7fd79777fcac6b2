package org.deliberation.core.project;

import org.deliberation.core.common.RuleViolationException;

/** An answer to a point that cannot be taken as it is: no reason, a reason too long, or not a point at all. */
public final class CommitmentRefusedException extends RuleViolationException {

  public CommitmentRefusedException(String detail) {
    super(detail);
  }

  @Override
  public String title() {
    return "Answer refused";
  }
}
