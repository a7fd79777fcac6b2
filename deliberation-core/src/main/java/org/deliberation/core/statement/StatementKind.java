package org.deliberation.core.statement;

/** A citizen's short contribution, or an expert's argued, sourced viewpoint. */
public enum StatementKind {
  CONTRIBUTION,
  VIEWPOINT
}
