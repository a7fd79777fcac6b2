package org.deliberation.web.deliberation.live;

/**
 * Told each time the live deliberation has applied an event that changes which votes are admitted (a stage change, a
 * statement hidden or restored: see {@code VoteAdmission.changedBy}), once the live state shows it: whoever kept the
 * vote path from trusting the live state until then may trust it again.
 */
@FunctionalInterface
public interface ChangeArrivals {

  /** The event with this identifier is applied. */
  void applied(String eventId);
}
