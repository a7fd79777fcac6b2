package org.deliberation.core.petition.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.deliberation.core.common.Actor;
import org.deliberation.core.petition.PetitionId;

/** A moderator takes a petition out of the lists and stops its signatures, with a reason kept in its history. */
public record HidePetition(
    @TargetAggregateIdentifier PetitionId petitionId, String reason, Actor by) {}
