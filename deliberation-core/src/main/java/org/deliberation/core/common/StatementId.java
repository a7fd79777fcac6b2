package org.deliberation.core.common;

import java.util.UUID;

/** The opaque identifier of a statement (a citizen's contribution or an expert's viewpoint). */
public record StatementId(String value) {

  public StatementId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a statement id cannot be blank");
    }
  }

  public static StatementId random() {
    return new StatementId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
