package org.deliberation.core.common;

/** The request conflicts with the current state of what it changes. */
public non-sealed class ConflictException extends DomainException {

  public ConflictException(String detail) {
    super(detail);
  }

  @Override
  public String title() {
    return "Conflict";
  }
}
