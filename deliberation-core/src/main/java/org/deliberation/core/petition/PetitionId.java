package org.deliberation.core.petition;

import java.util.UUID;

/** The opaque identifier of a petition. Stored in events: only structural checks belong here. */
public record PetitionId(String value) {

  public PetitionId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a petition id cannot be blank");
    }
  }

  public static PetitionId random() {
    return new PetitionId(UUID.randomUUID().toString());
  }

  /** Axon uses {@code toString()} as the aggregate identifier. */
  @Override
  public String toString() {
    return value;
  }
}
