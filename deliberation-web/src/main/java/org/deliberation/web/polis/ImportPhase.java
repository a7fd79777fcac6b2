package org.deliberation.web.polis;

/** The phases of an import, in the order they run; each writes its items in a fixed order, so it can resume. */
public enum ImportPhase {
  /** The conversation's participants, linked to their Pol.is ids, in commits of events. */
  PARTICIPANTS,
  /** Its comments, one command each, hidden after posting when Pol.is moderated them out. */
  STATEMENTS,
  /** Its votes in time order, in commits of events. */
  VOTES
}
