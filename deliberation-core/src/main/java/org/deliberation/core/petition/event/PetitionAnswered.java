package org.deliberation.core.petition.event;

import java.time.Instant;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.petition.AuthorityId;
import org.deliberation.core.petition.PetitionId;

/** An official gave the authority's answer; the petition is ANSWERED. A later answer replaces it on the page. */
public record PetitionAnswered(
    PetitionId petitionId,
    AuthorityId authorityId,
    String markdown,
    ParticipantId answeredBy,
    Instant at)
    implements PetitionEvent {}
