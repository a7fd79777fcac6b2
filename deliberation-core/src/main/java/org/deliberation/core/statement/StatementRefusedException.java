package org.deliberation.core.statement;

import org.deliberation.core.common.RuleViolationException;

/** A statement that breaks a rule of posting: a viewpoint without its stance, a source that is not a web link. */
public final class StatementRefusedException extends RuleViolationException {

  public StatementRefusedException(String detail) {
    super(detail);
  }

  @Override
  public String title() {
    return "Statement refused";
  }
}
