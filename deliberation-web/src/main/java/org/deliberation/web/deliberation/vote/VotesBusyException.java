package org.deliberation.web.deliberation.vote;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Too many votes are waiting to be written: the client should try again in a moment. */
public final class VotesBusyException extends ResponseStatusException {

  public VotesBusyException() {
    super(
        HttpStatus.SERVICE_UNAVAILABLE,
        "Too many votes are waiting to be stored; your vote was not recorded. "
            + "Please send it again in a few seconds.");
  }
}
