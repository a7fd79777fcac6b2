package org.deliberation.core.project;

import org.deliberation.core.common.RuleViolationException;

/** An invalidation that names nobody or gives no reason. */
public final class InvalidationRefusedException extends RuleViolationException {

  public InvalidationRefusedException(String detail) {
    super(detail);
  }

  @Override
  public String title() {
    return "Invalidation refused";
  }
}
