package org.deliberation.core.petition.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.deliberation.core.common.Actor;
import org.deliberation.core.petition.PetitionId;

/** The authority's answer to a petition, in Markdown. Officials only. */
public record AnswerPetition(
    @TargetAggregateIdentifier PetitionId petitionId, String markdown, Actor by, Instant at) {}
