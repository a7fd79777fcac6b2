package org.deliberation.core.common;

/** The participant may not do this. */
public non-sealed class PermissionDeniedException extends DomainException {

  public PermissionDeniedException(String detail) {
    super(detail);
  }

  @Override
  public String title() {
    return "Permission denied";
  }
}
