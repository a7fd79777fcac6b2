package org.deliberation.core.petition;

/** Where a petition stands: signed while OPEN or ANSWERED, no longer once CLOSED. */
public enum PetitionStatus {
  OPEN,
  ANSWERED,
  CLOSED
}
