package org.deliberation.core.petition;

import org.deliberation.core.common.RuleViolationException;

/** A petition's command that misses something it must say: an answer's text, a reason, whom to invalidate. */
public final class PetitionRefusedException extends RuleViolationException {

  public PetitionRefusedException(String detail) {
    super(detail);
  }

  @Override
  public String title() {
    return "Petition request refused";
  }
}
