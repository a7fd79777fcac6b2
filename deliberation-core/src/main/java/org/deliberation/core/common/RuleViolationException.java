package org.deliberation.core.common;

/** A business rule refused the command; each rule has its own subclass with its own title. */
public abstract non-sealed class RuleViolationException extends DomainException {

  protected RuleViolationException(String detail) {
    super(detail);
  }
}
