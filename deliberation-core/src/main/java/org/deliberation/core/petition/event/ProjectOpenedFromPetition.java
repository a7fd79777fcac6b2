package org.deliberation.core.petition.event;

import java.time.Instant;
import org.deliberation.core.common.ParticipantId;
import org.deliberation.core.common.ProjectId;
import org.deliberation.core.petition.AuthorityId;
import org.deliberation.core.petition.PetitionId;

/** An official opened a wikiproject from the petition: the two link to each other. */
public record ProjectOpenedFromPetition(
    PetitionId petitionId,
    AuthorityId authorityId,
    ProjectId projectId,
    ParticipantId openedBy,
    Instant at)
    implements PetitionEvent {}
