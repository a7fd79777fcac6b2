package org.deliberation.core.common;

import java.util.UUID;

/** The opaque identifier of a participant; events carry it instead of any personal data. Stored in events: only structural checks belong here. */
public record ParticipantId(String value) {

  public ParticipantId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a participant id cannot be blank");
    }
  }

  public static ParticipantId random() {
    return new ParticipantId(UUID.randomUUID().toString());
  }

  /** Axon uses {@code toString()} as the aggregate identifier. */
  @Override
  public String toString() {
    return value;
  }
}
