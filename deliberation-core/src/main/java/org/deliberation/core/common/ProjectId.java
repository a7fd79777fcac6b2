package org.deliberation.core.common;

import java.util.UUID;

/** The opaque identifier of a wikiproject. Stored in events: only structural checks belong here. */
public record ProjectId(String value) {

  public ProjectId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a project id cannot be blank");
    }
  }

  public static ProjectId random() {
    return new ProjectId(UUID.randomUUID().toString());
  }

  /** Axon uses {@code toString()} as the aggregate identifier. */
  @Override
  public String toString() {
    return value;
  }
}
