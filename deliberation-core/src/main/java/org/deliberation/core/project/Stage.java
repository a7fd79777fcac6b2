package org.deliberation.core.project;

import java.util.Optional;

/** Where a project stands in its decision. Stages only move forward, one at a time. */
public enum Stage {
  DRAFT,
  DELIBERATION,
  SYNTHESIS,
  DECIDED;

  /** The stage that follows this one, or none once the project is decided. */
  public Optional<Stage> next() {
    var all = values();
    return ordinal() + 1 < all.length ? Optional.of(all[ordinal() + 1]) : Optional.empty();
  }

  public boolean canMoveTo(Stage target) {
    return next().filter(target::equals).isPresent();
  }
}
