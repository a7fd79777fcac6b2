package org.deliberation.core.petition;

import java.util.UUID;

/** The opaque identifier of an authority. Stored in events: only structural checks belong here. */
public record AuthorityId(String value) {

  public AuthorityId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a authority id cannot be blank");
    }
  }

  public static AuthorityId random() {
    return new AuthorityId(UUID.randomUUID().toString());
  }

  /** Axon uses {@code toString()} as the aggregate identifier. */
  @Override
  public String toString() {
    return value;
  }
}
