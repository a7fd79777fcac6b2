package org.deliberation.core.vote;

/** The answer to a vote: admitted, or refused with a reason the voter can read. */
public sealed interface Admission {

  Admission ADMITTED = new Admitted();

  /** The vote is taken. */
  record Admitted() implements Admission {}

  /** The vote is not taken; {@code message} says why, in words for the voter. */
  record Refused(Reason reason, String message) implements Admission {}

  /** Why a vote is refused. */
  enum Reason {
    /** The project is not in its DELIBERATION stage. */
    NOT_DELIBERATING,
    /** A moderator hid the statement. */
    STATEMENT_HIDDEN,
    /** Its author withdrew the statement. */
    STATEMENT_WITHDRAWN
  }
}
