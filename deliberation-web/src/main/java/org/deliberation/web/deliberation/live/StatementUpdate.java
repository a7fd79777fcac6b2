package org.deliberation.web.deliberation.live;

/** The data of a {@code statement} stream event: a statement was posted, hidden or restored. */
public record StatementUpdate(Action action, StatementView statement) {

  /** What happened to the statement; serialized by name. */
  public enum Action {
    POSTED,
    HIDDEN,
    RESTORED
  }
}
