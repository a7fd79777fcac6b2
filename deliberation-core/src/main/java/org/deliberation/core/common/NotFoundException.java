package org.deliberation.core.common;

/** Something that was asked for does not exist. */
public non-sealed class NotFoundException extends DomainException {

  public NotFoundException(String detail) {
    super(detail);
  }

  @Override
  public String title() {
    return "Not found";
  }
}
