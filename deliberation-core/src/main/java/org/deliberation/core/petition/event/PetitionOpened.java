package org.deliberation.core.petition.event;

import java.time.Instant;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.petition.AuthorityId;
import org.deliberation.core.petition.PetitionId;
import org.deliberation.core.petition.Thresholds;
import org.deliberation.core.project.Language;

/**
 * A citizen opened a petition to an authority, OPEN from now on. The thresholds are the authority's when it was
 * opened, and stay the petition's; the authority's name is kept so that a reader of the event needs nothing else.
 */
public record PetitionOpened(
    PetitionId petitionId,
    AuthorityId authorityId,
    String authorityName,
    Thresholds thresholds,
    String title,
    String text,
    Language language,
    ParticipantId openedBy,
    Instant at)
    implements PetitionEvent {}
