package org.deliberation.web.participant;

import org.deliberation.core.common.ConflictException;

/** A registration with an e-mail that another participant already uses. */
public final class EmailTakenException extends ConflictException {

  public EmailTakenException() {
    super("A participant with this e-mail already exists. Sign in instead, or use another e-mail.");
  }
}
