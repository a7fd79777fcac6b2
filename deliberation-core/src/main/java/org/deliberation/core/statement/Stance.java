package org.deliberation.core.statement;

/** Where a viewpoint stands on the project's question. */
public enum Stance {
  FOR,
  AGAINST,
  NEUTRAL
}
