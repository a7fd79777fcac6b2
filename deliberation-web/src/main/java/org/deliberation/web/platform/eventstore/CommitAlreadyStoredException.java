package org.deliberation.web.platform.eventstore;

import org.axonframework.eventsourcing.eventstore.EventStoreException;

/**
 * A commit of events outside any aggregate (votes, imported participants) whose first event's identifier is already
 * the key of a stored commit: the same commit was stored before, entirely, and nothing was stored now. A writer that
 * gives its commits deterministic identifiers (an import resumed after a crash) treats this as done, not as a failure.
 */
public final class CommitAlreadyStoredException extends EventStoreException {

  public CommitAlreadyStoredException(String key, Throwable cause) {
    super("The commit " + key + " is already stored.", cause);
  }
}
