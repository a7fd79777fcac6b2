package org.deliberation.core.petition.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.deliberation.core.common.Actor;
import org.deliberation.core.petition.PetitionId;

/** A moderator puts a hidden petition back, with a reason kept in its history. */
public record RestorePetition(
    @TargetAggregateIdentifier PetitionId petitionId, String reason, Actor by) {}
