package org.deliberation.core.petition.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.deliberation.core.common.Actor;
import org.deliberation.core.petition.PetitionId;

/** Take one's own signature back. */
public record WithdrawSignature(
    @TargetAggregateIdentifier PetitionId petitionId, Actor by, Instant at) {}
