package org.deliberation.core.statement;

/** How a statement relates to another one. */
public enum Relation {
  SUPPORTS,
  CONTRADICTS
}
