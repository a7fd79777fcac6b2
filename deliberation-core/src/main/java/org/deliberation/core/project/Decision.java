package org.deliberation.core.project;

/** What the authority decided on a point of consensus or dissent. */
public enum Decision {
  /** The authority takes the point up: it will act on it. */
  TAKEN_UP,
  /** The authority will not act on it, and says why. */
  REJECTED,
  /** The authority will decide later, and says when or on what it waits. */
  DEFERRED
}
