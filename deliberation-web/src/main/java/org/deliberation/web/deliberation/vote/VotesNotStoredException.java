package org.deliberation.web.deliberation.vote;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The store refused or did not confirm a batch of votes: none of them counts, and the client may send it again. */
public final class VotesNotStoredException extends ResponseStatusException {

  public VotesNotStoredException(Throwable cause) {
    super(
        HttpStatus.SERVICE_UNAVAILABLE,
        "Your vote could not be stored just now and was not recorded. "
            + "Please send it again in a few seconds.",
        cause);
  }
}
