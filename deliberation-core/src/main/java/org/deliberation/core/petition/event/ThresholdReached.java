package org.deliberation.core.petition.event;

import java.time.Instant;
import org.deliberation.core.petition.AuthorityId;
import org.deliberation.core.petition.PetitionId;
import org.deliberation.core.petition.ThresholdName;

/**
 * The count reached a threshold of {@code signatures}, for the first time. Recorded in the same commit as the
 * signature that crossed it, with that signature's instant: {@code at} is exactly its {@code PetitionSigned.at}. The
 * AGENDA threshold puts the petition on the authority's agenda from {@code at} on.
 */
public record ThresholdReached(
    PetitionId petitionId, AuthorityId authorityId, ThresholdName name, int signatures, Instant at)
    implements PetitionEvent {}
