package org.deliberation.core.common;

/**
 * A refusal the domain explains to a person: its message is the detail shown to them, so it says what happened and
 * what they can do, and never carries a class name or a stack trace.
 */
public abstract sealed class DomainException extends RuntimeException
    permits NotFoundException,
        PermissionDeniedException,
        ConflictException,
        RuleViolationException {

  protected DomainException(String detail) {
    super(detail);
  }

  /** A short summary that does not vary between occurrences; becomes the problem's title. */
  public abstract String title();
}
