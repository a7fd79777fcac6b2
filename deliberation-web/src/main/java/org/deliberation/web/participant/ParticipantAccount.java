package org.deliberation.web.participant;

import java.time.Instant;
import java.util.Set;
import org.deliberation.core.common.Actor;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.Role;
import org.jspecify.annotations.Nullable;

/** What a participant declared about themselves, and their roles. The only personal data the server keeps. */
public record ParticipantAccount(
    ParticipantId id,
    String displayName,
    String email,
    String passwordHash,
    @Nullable String postcode,
    Set<Role> roles,
    Instant createdAt) {

  public ParticipantAccount {
    roles = Set.copyOf(roles);
  }

  public Actor actor() {
    return new Actor(id, roles);
  }
}
