package org.deliberation.core.petition.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.deliberation.core.common.Actor;
import org.deliberation.core.petition.AuthorityId;
import org.deliberation.core.petition.PetitionId;
import org.deliberation.core.petition.Thresholds;
import org.deliberation.core.project.Language;

/**
 * Open a petition to an authority. The thresholds are the authority's as they stand now, copied into the petition so
 * that they cannot move under its signatures.
 */
public record OpenPetition(
    @TargetAggregateIdentifier PetitionId petitionId,
    AuthorityId authorityId,
    String authorityName,
    Thresholds thresholds,
    String title,
    String text,
    Language language,
    Actor by,
    Instant at) {}
