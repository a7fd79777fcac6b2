package org.deliberation.core.petition;

/** The thresholds of a petition, in the order a growing count crosses them. */
public enum ThresholdName {
  /** The authority owes an answer. */
  RESPONSE,
  /** The petition is on the authority's agenda. */
  AGENDA
}
