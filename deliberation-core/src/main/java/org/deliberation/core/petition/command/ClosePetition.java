package org.deliberation.core.petition.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.deliberation.core.common.Actor;
import org.deliberation.core.petition.PetitionId;
import org.jspecify.annotations.Nullable;

/** Stop a petition's signatures. Officials, moderators and admins. */
public record ClosePetition(
    @TargetAggregateIdentifier PetitionId petitionId,
    @Nullable String reason,
    Actor by,
    Instant at) {}
